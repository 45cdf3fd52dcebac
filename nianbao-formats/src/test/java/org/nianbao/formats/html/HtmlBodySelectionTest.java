package org.nianbao.formats.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.formats.html.HtmlTestSupport.lines;
import static org.nianbao.formats.html.HtmlTestSupport.linesOf;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.core.document.ExtractedDocument;
import org.nianbao.core.recognition.ReportRecognizer;
import org.nianbao.core.usecase.CheckedReport;
import org.nianbao.core.usecase.ReportPipeline;
import org.nianbao.core.validation.Validator;
import org.nianbao.testkit.Expectations;

/** The article body is found among a portal's menus, sidebars and footers, and its title is never lost. */
class HtmlBodySelectionTest {
    private static final String PORTAL_PAGE = "portal_report_2023.html";

    @Test
    void aPortalPageKeepsTitleAndBodyAndDropsTheClutter() {
        List<String> lines = lines(HtmlTestSupport.READER.read(PORTAL_PAGE, HtmlTestSupport.resource(PORTAL_PAGE)));

        assertThat(lines).startsWith("示例县交通运输局2023年政府信息公开", "工作年度报告");
        assertThat(lines).contains("一、总体情况", "六、其他需要报告的事项", "本年度未收取信息处理费。", "2024年1月18日",
                "|三、本年度办理结果|（一）予以公开||8|2|1|1|2|1|15|");
        assertThat(String.join("\n", lines)).doesNotContain(
                "首页", "政务服务", "当前位置", "相关文章", "2022年政府信息公开工作年度报告", "教育局", "索引号", "隐藏",
                "打印本页", "上一篇", "版权所有", "网站标识码", "浏览器", "document.write", "DocumentProperties");
    }

    @Test
    void aPortalPageWithTablesInTheOfficialLayoutMeetsItsExpectation() throws URISyntaxException {
        ReportPipeline pipeline =
                new ReportPipeline(HtmlTestSupport.READER, new ReportRecognizer(), Validator.standard());

        CheckedReport checked = pipeline.check(PORTAL_PAGE, HtmlTestSupport.resource(PORTAL_PAGE));

        Path expectation = Path.of(getClass().getResource("portal_report_2023.expected.json").toURI());
        assertThat(Expectations.load(expectation).mismatches(checked.report(), checked.findings())).isEmpty();
    }

    @Test
    void otherYearsReportsInASidebarBeforeTheBodyAreNotTakenForTheTitle() {
        assertThat(linesOf("""
                <div class="side"><ul><li><a href="1.html">某镇2020年政府信息公开工作年度报告</a></li></ul>
                  <p>热点：<a href="2.html">某镇2019年政府信息公开工作年度报告</a></p></div>
                <div class="main">
                  <div class="crumb">您现在的位置：<a href="/">首页</a> &gt; 某镇2021年政府信息公开工作年度报告</div>
                  <div class="TRS_Editor"><p>某镇2021年政府信息公开工作年度报告</p>
                    <p>一、总体情况</p><p>正文。</p><p>二、主动公开政府信息情况</p></div>
                </div>"""))
                .containsExactly("某镇2021年政府信息公开工作年度报告", "一、总体情况", "正文。", "二、主动公开政府信息情况");
    }

    @Test
    void aBreadcrumbInsideTheBodyIsDropped() {
        assertThat(linesOf("""
                <div id="zoom"><div>当前位置：<a href="/">首页</a>&gt;<a href="/gk">信息公开</a>&gt;某局2022年政府信息公开工作年度报告</div>
                  <h2>某局2022年政府信息公开工作年度报告</h2>
                  <p>一、总体情况</p><p>正文。</p><p>二、主动公开政府信息情况</p></div>
                <div class="footer">版权所有</div>"""))
                .containsExactly("某局2022年政府信息公开工作年度报告", "一、总体情况", "正文。", "二、主动公开政府信息情况");
    }

    @Test
    void aTitleOnlyInThePageTitleIsPutFirst() {
        assertThat(linesOf("""
                <html><head><title>某区人民政府门户网站 - 某区2022年政府信息公开工作年度报告_信息公开</title></head>
                <body><div class="nav"><a href="/">首页</a></div>
                <div class="content"><p>一、总体情况</p><p>正文。</p><p>二、主动公开政府信息情况</p></div></body></html>"""))
                .containsExactly("某区2022年政府信息公开工作年度报告", "一、总体情况", "正文。", "二、主动公开政府信息情况");
    }

    @Test
    void aTableOfContentsOfLinksIsNoMarkerOfTheBody() {
        assertThat(linesOf("""
                <div class="toc"><a href="#s1">一、总体情况</a><br><a href="#s2">二、主动公开政府信息情况</a>
                  <a href="#s3">三、收到和处理政府信息公开申请情况</a></div>
                <div class="footer-links"><p>友情链接</p></div>
                <div class="body"><h1>某县2022年政府信息公开工作年度报告</h1>
                  <p id="s1">一、总体情况</p><p>正文。</p><p id="s2">二、主动公开政府信息情况</p></div>"""))
                .containsExactly("某县2022年政府信息公开工作年度报告", "一、总体情况", "正文。", "二、主动公开政府信息情况");
    }

    @Test
    void withoutHeadingsAWellKnownContentContainerIsTheBody() {
        assertThat(linesOf("""
                <div class="menu"><p>网站导航说明：本网站由某县人民政府办公室主办，欢迎访问，提出宝贵意见。</p></div>
                <div class="TRS_Editor"><p>某县2022年政府信息公开工作年度报告</p>
                  <p>本年度，我县认真贯彻落实《条例》，政府信息公开工作取得新进展，全年主动公开信息一千余条。</p></div>
                <div class="footer"><p>版权所有：某县人民政府</p></div>"""))
                .containsExactly("某县2022年政府信息公开工作年度报告",
                        "本年度，我县认真贯彻落实《条例》，政府信息公开工作取得新进展，全年主动公开信息一千余条。");
    }

    @Test
    void withoutHeadingsOrContainersTheDensestElementIsTheBody() {
        ExtractedDocument document = HtmlTestSupport.read("""
                <div><a href="/">首页</a> <a href="/a">机构概况</a> <a href="/b">政务公开</a> <a href="/c">办事服务</a></div>
                <div><div><p>某县2022年政府信息公开工作年度报告</p>
                  <p>本年度，我县认真贯彻落实《中华人民共和国政府信息公开条例》，政府信息公开工作取得新进展。</p>
                  <p>全年主动公开政府信息一千余条，办理依申请公开三十件，均在法定期限内答复。</p></div></div>
                <div><p>联系我们</p></div>""");

        assertThat(lines(document)).containsExactly("某县2022年政府信息公开工作年度报告",
                "本年度，我县认真贯彻落实《中华人民共和国政府信息公开条例》，政府信息公开工作取得新进展。",
                "全年主动公开政府信息一千余条，办理依申请公开三十件，均在法定期限内答复。");
    }

    @Test
    void aPlainPageIsReadWhole() {
        assertThat(linesOf("<p>某县2022年政府信息公开工作年度报告</p><p>一、总体情况</p><p>正文。</p>"))
                .containsExactly("某县2022年政府信息公开工作年度报告", "一、总体情况", "正文。");
    }
}
