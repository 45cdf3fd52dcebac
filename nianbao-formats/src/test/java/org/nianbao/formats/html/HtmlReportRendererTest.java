package org.nianbao.formats.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.nianbao.core.rendering.Annotation;
import org.nianbao.core.rendering.ReportDocument;
import org.nianbao.core.rendering.ReportLayout;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.ApplicantColumn;
import org.nianbao.core.report.ApplicationRow;
import org.nianbao.core.report.Cell;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.Section;
import org.nianbao.testkit.Reports;

class HtmlReportRendererTest {
    private static final String SCRIPT = "<script>alert('x')</script>";

    private final HtmlReportRenderer renderer = new HtmlReportRenderer();

    @Test
    void isTheHtmlFormat() {
        assertThat(renderer.format()).isEqualTo("html");
    }

    @Test
    void aStandalonePrintablePageInChinese() {
        String html = html(ReportLayout.of(Reports.balanced2021()), List.of());

        assertThat(html).startsWith("<!DOCTYPE html>\n").contains("<meta charset=\"UTF-8\" />", "lang=\"zh-CN\"",
                "@page {\n  size: A4;", "border-collapse: collapse");
        // nothing loaded from elsewhere
        assertThat(html).doesNotContain("<link", "<script", "src=", "url(", "@import");
    }

    @Test
    void titleHeadingsParagraphsAndTablesWithTheirMergesAndHeaderScopes() {
        AnnualReport report = Reports.balanced2021();
        Document page = Jsoup.parse(html(ReportLayout.of(report), List.of()));

        assertThat(page.select("h1").text()).isEqualTo(report.title());
        assertThat(page.select("h2").eachText()).containsExactlyElementsOf(
                Section.all().stream().map(Section::heading).toList());
        assertThat(page.select("table > caption").eachText()).containsExactly(
                "表二　主动公开政府信息情况", "表三　收到和处理政府信息公开申请情况", "表四　政府信息公开行政复议、行政诉讼情况");
        Element table3 = page.select("table").get(1);
        assertThat(table3.select("thead > tr")).hasSize(3);
        Element note = table3.selectFirst("thead th");
        assertThat(note.text()).isEqualTo(ReportLayout.TABLE3_NOTE);
        assertThat(note.attr("rowspan")).isEqualTo("3");
        assertThat(note.attr("colspan")).isEqualTo("3");
        assertThat(note.attr("scope")).isEqualTo("colgroup");
        assertThat(table3.select("thead th[scope=col]").eachText()).contains("自然人", "商业企业", "总计");
        assertThat(table3.select("thead th[scope=colgroup]").eachText()).contains("申请人情况", "法人或其他组织");
        Element result = table3.select("tbody th[scope=row]").stream()
                .filter(th -> th.text().equals("三、本年度办理结果")).findFirst().orElseThrow();
        assertThat(result.attr("rowspan")).isEqualTo(Integer.toString(ApplicationRow.layout(false).size() - 3));
        Element received = table3.select("tbody tr").get(0);
        assertThat(received.child(0).attr("colspan")).isEqualTo("3");
        assertThat(received.select("td")).hasSize(7);
        assertThat(received.select("td").last().text()).isEqualTo(
                ReportLayout.printed(report.applications().cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)));
        // table 二 has no header rows of its own: its captions and headers stand in the body
        assertThat(page.select("table").get(0).select("thead")).isEmpty();
        assertThat(page.select("table").get(0).select("tbody th[scope=colgroup]").eachText())
                .contains("第二十条第（一）项", "第二十条第（八）项");
        assertThat(page.select("p").first().text()).isEqualTo(report.sections().get(Section.OVERVIEW));
    }

    @Test
    void aBlankCellIsAnEmptyCellNeverZero() {
        AnnualReport report = Reports.balanced2021();
        AnnualReport blank = report.withApplications(
                report.applications().with(ApplicationRow.GRANTED, ApplicantColumn.ORG_RESEARCH, Cell.BLANK));
        Document page = Jsoup.parse(html(ReportLayout.of(blank), List.of()));

        Element granted = page.select("table").get(1).select("tbody tr").get(2);
        assertThat(granted.select("td").stream().map(Element::text).toList()).hasSize(7).element(2).isEqualTo("");
        assertThat(granted.select("td").get(2).childNodeSize()).isZero();
    }

    @Test
    void markupInTheReportsTextIsShownNeverRun() {
        AnnualReport report = Reports.balanced2021();
        ReportDocument document = new ReportDocument(report.title() + SCRIPT, List.of(
                new ReportDocument.Heading(Section.OVERVIEW.heading() + SCRIPT),
                new ReportDocument.Paragraph("第一段" + SCRIPT + "\" onmouseover=\"alert(1)")));
        List<Annotation> notes = List.of(new Annotation(CellPath.section(Section.OVERVIEW), "警告", false,
                "意见" + SCRIPT + "\" onclick=\"alert(2)"));

        String html = html(document, notes);

        assertThat(html).doesNotContain("<script", "onmouseover=\"", "onclick=\"")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        Document page = Jsoup.parse(html);
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("h1").text()).isEqualTo(report.title() + SCRIPT);
        assertThat(page.select("p").first().text()).isEqualTo("第一段" + SCRIPT + "\" onmouseover=\"alert(1)");
        assertThat(page.select(".notes li").text()).contains("意见" + SCRIPT);
        assertThat(page.getAllElements()).allSatisfy(element -> assertThat(element.attributes().asList())
                .noneMatch(attribute -> attribute.getKey().startsWith("on")));
    }

    @Test
    void annotatedCellsAreHighlightedAndTheirNotesListedAfterTheTable() {
        AnnualReport report = Reports.balanced2021();
        List<Annotation> notes = List.of(
                new Annotation(CellPath.row(CellPath.APPLICATIONS, ApplicationRow.PARTIAL), "警告", false,
                        "（二）部分公开的数量偏高"),
                new Annotation(CellPath.of(ApplicationRow.GRANTED, ApplicantColumn.TOTAL), "错误", true,
                        "（一）予以公开的总计不等于各类申请人之和"),
                new Annotation(CellPath.section(Section.OTHER), "提示", false, "未说明信息处理费收取情况"),
                new Annotation(new CellPath("title"), "警告", false, "标题中的年份与正文不一致"));

        Document page = Jsoup.parse(html(ReportLayout.of(report), notes));

        Element table3 = page.select("table").get(1);
        // numbered down the document: the title's note, then table three's by cell position, then section 六's
        Element total = table3.select("tbody tr").get(2).select("td").last();
        assertThat(total.hasClass("note-error")).isTrue();
        assertThat(total.attr("title")).isEqualTo("[2] 错误：（一）予以公开的总计不等于各类申请人之和");
        assertThat(total.select("sup.mark a").attr("href")).isEqualTo("#note-2");
        Elements partial = table3.select("tbody tr").get(3).select("td");
        assertThat(partial).hasSize(7).allSatisfy(td -> {
            assertThat(td.hasClass("note-warning")).isTrue();
            assertThat(td.select("sup.mark a").text()).isEqualTo("[3]");
        });
        assertThat(table3.select("td.note-error, td.note-warning")).hasSize(8);
        Element after = table3.nextElementSibling();
        assertThat(after.hasClass("notes")).isTrue();
        assertThat(after.select("h3").text()).isEqualTo("审核意见");
        assertThat(after.select("li").eachText()).containsExactly(
                "[2] 错误：（一）予以公开的总计不等于各类申请人之和", "[3] 警告：（二）部分公开的数量偏高");
        assertThat(after.select("li").first().id()).isEqualTo("note-2");
        assertThat(page.selectFirst("h1").nextElementSibling().select("li").text())
                .isEqualTo("[1] 警告：标题中的年份与正文不一致");
        Element other = page.select("h2").stream()
                .filter(h2 -> h2.text().equals(Section.OTHER.heading())).findFirst().orElseThrow();
        assertThat(other.nextElementSibling().select("li").text()).isEqualTo("[4] 提示：未说明信息处理费收取情况");
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        ReportDocument document = ReportLayout.of(Reports.balanced2019());
        List<Annotation> notes = List.of(new Annotation(
                CellPath.of(ApplicationRow.OTHER, ApplicantColumn.TOTAL), "错误", true, "总计不等于各列之和"));

        assertThat(renderer.render(document, notes)).isEqualTo(renderer.render(document, notes));
    }

    @Test
    void markdownMarksKeptInASectionsTextAreDrawnNotPrinted() {
        ReportDocument document = new ReportDocument("某局2023年政府信息公开工作年度报告", List.of(
                new ReportDocument.Heading(Section.OVERVIEW.heading()),
                new ReportDocument.Paragraph("### （一）主动公开情况。"),
                new ReportDocument.Paragraph("**2.围绕政务动态公开。**2023年，主动公开信息235条。"),
                new ReportDocument.Paragraph("a ** b")));

        Document page = Jsoup.parse(html(document, List.of()));

        assertThat(page.select("p.subheading").text()).isEqualTo("（一）主动公开情况。");
        assertThat(page.select("p strong").text()).isEqualTo("2.围绕政务动态公开。");
        assertThat(page.select("p").eachText()).contains("2.围绕政务动态公开。2023年，主动公开信息235条。", "a ** b");
    }

    private String html(ReportDocument document, List<Annotation> annotations) {
        return new String(renderer.render(document, annotations), StandardCharsets.UTF_8);
    }
}
