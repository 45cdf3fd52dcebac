package org.nianbao.formats.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.formats.html.HtmlTestSupport.lines;
import static org.nianbao.formats.html.HtmlTestSupport.linesOf;
import static org.nianbao.formats.html.HtmlTestSupport.onlyTable;
import static org.nianbao.formats.html.HtmlTestSupport.read;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.nianbao.core.document.Block;
import org.nianbao.core.document.ExtractedDocument;
import org.nianbao.core.document.SourceFormat;

/** What a user sees of a web page: its paragraphs and tables, in order, with the cells where the page prints them. */
class HtmlDocumentReaderTest {

    @Test
    void readsHtmlAndNumbersBlocksInReadingOrder() {
        ExtractedDocument document = read("""
                <html><body><p>第一段</p><table><tr><td>甲</td><td>1</td></tr><tr><td>乙</td><td>2</td></tr></table>
                <p>第二段</p></body></html>""");

        assertThat(document.format()).isEqualTo(SourceFormat.HTML);
        assertThat(document.name()).isEqualTo("page.html");
        assertThat(document.blocks()).hasSize(3);
        Block.Table table = (Block.Table) document.blocks().get(1);
        assertThat(document.blocks().get(0).source().line()).isEqualTo(1);
        assertThat(table.source().line()).isEqualTo(2);
        assertThat(table.rows()).extracting(row -> row.source().line()).containsExactly(2, 3);
        assertThat(document.blocks().get(2).source().line()).isEqualTo(4);
        assertThat(document.blocks()).allSatisfy(block -> assertThat(block.source().page()).isNull());
    }

    @Nested
    class Paragraphs {
        @Test
        void chineseSplitAcrossSpansJoinsWithoutSpaces() {
            assertThat(linesOf("<p><span>政府信息</span><span>公开</span><b>工作</b><font>年度</font><a href=#>报告</a></p>"))
                    .containsExactly("政府信息公开工作年度报告");
        }

        @Test
        void sourceLineBreaksBetweenChineseCharactersDisappear() {
            assertThat(linesOf("<p class=MsoNormal><span>根据《条例》要求，现\r\n公布本机关</span>\n<span>年度报告。</span></p>"))
                    .containsExactly("根据《条例》要求，现公布本机关年度报告。");
        }

        @Test
        void spacesBetweenNumbersAndWordsAreKeptSingle() {
            assertThat(linesOf("<p>共 12&nbsp;&nbsp;件，<span>1</span>\n<span>2</span>　3 PDF  file</p>"))
                    .containsExactly("共12件，1 2 3 PDF file");
        }

        @Test
        void brSplitsAParagraphIntoLines() {
            assertThat(linesOf("<p>示例县2023年政府信息公开<br>工作年度报告<br/><br/>一、总体情况</p>"))
                    .containsExactly("示例县2023年政府信息公开", "工作年度报告", "一、总体情况");
        }

        @Test
        void blockElementsAreLinesAndEmptyOnesAreDropped() {
            assertThat(linesOf("""
                    <div><h1> 标题 </h1><div>甲<div>乙</div>丙</div><ul><li>一</li><li>二</li></ul>
                    <p>&nbsp;</p><p><o:p>&nbsp;</o:p></p><p>　</p><h2>二、主动公开</h2></div>"""))
                    .containsExactly("标题", "甲", "乙", "丙", "一", "二", "二、主动公开");
        }

        @Test
        void entitiesAreDecoded() {
            assertThat(linesOf("<p>&ldquo;三安全一稳定&rdquo; &amp; &lt;条例&gt; &#20844;&#x5F00;</p>"))
                    .containsExactly("“三安全一稳定”& <条例>公开");
        }

        @Test
        void hiddenContentScriptsStylesAndCommentsAreIgnored() {
            assertThat(linesOf("""
                    <html><head><title>页面标题</title><style>p{color:red}</style>
                    <script>document.write('脚本文字')</script></head><body>
                    <p>看得见</p>
                    <div style="display: none">隐藏的</div><div style="DISPLAY:NONE !important">也隐藏</div>
                    <p style="visibility:hidden">看不见</p><p hidden>也看不见</p>
                    <script type="text/javascript">var a = "一、总体情况";</script>
                    <noscript>请启用脚本</noscript><template><p>模板</p></template>
                    <!-- 注释 --><!--[if gte mso 9]><xml><o:DocumentProperties>属性</o:DocumentProperties></xml><![endif]-->
                    <p>也看得<span style="display:none">（隐）</span>见</p>
                    <p style="mso-display:none;color:red">Word 样式不算隐藏</p>
                    </body></html>"""))
                    .containsExactly("看得见", "也看得见", "Word样式不算隐藏");
        }

        @Test
        void aBodyHiddenUntilAScriptRunsIsRead() {
            assertThat(linesOf("<html><body style=\"visibility:hidden\"><p>正文</p><p hidden>隐藏</p></body></html>"))
                    .containsExactly("正文");
        }

        @Test
        void wordListNumbersInDownlevelConditionalCommentsAreKept() {
            assertThat(linesOf("<p class=MsoListParagraph><![if !supportLists]><span>1.<span>&nbsp;&nbsp; </span>"
                    + "</span><![endif]><span>主动公开</span></p>"))
                    .containsExactly("1.主动公开");
        }

        @Test
        void preformattedTextKeepsItsLinesAndTabs() {
            assertThat(linesOf("<pre>一、总体情况\n自然人\t1\t2\n\n</pre>"))
                    .containsExactly("一、总体情况", "自然人\t1\t2");
        }
    }

    @Nested
    class Tables {
        @Test
        void thTheadTbodyAndTfootAreReadInOrderAndRowsWithoutCellsDropped() {
            assertThat(onlyTable("""
                    <table><thead><tr><th>信息内容</th><th>本年制发件数</th></tr></thead>
                    <tbody><tr></tr><tr><td>规章</td><td>0</td></tr></tbody>
                    <tfoot><tr><td>合计</td><td>0</td></tr></tfoot></table>"""))
                    .containsExactly(List.of("信息内容", "本年制发件数"), List.of("规章", "0"), List.of("合计", "0"));
        }

        @Test
        void nbspOnlyCellsAreBlankNeverZero() {
            assertThat(onlyTable("<table><tr><td>行政许可</td><td>&nbsp;</td><td> </td><td>　</td>"
                    + "<td><p><o:p>&nbsp;</o:p></p></td><td>&#8203;</td><td>0</td></tr></table>"))
                    .containsExactly(List.of("行政许可", "", "", "", "", "", "0"));
        }

        @Test
        void brAndParagraphsInsideACellJoin() {
            assertThat(onlyTable("<table><tr><td>三、本年度<br>办理结果</td><td><p>（二）部分公开</p><p>（区分处理的）</p></td>"
                    + "<td>12<br>34</td><td>Total<br/>sum</td></tr></table>"))
                    .containsExactly(List.of("三、本年度办理结果", "（二）部分公开（区分处理的）", "12 34", "Total sum"));
        }

        @Test
        void rowspanAndColspanPutEveryNumberInItsColumn() {
            List<List<String>> rows = onlyTable("""
                    <table>
                    <tr><td rowspan="3" colspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>
                        <td colspan="7">申请人情况</td></tr>
                    <tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
                    <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
                    <tr><td colspan="3">一、本年新收政府信息公开申请数量</td>
                        <td>20</td><td>5</td><td>1</td><td>2</td><td>3</td><td>4</td><td>35</td></tr>
                    <tr><td rowspan="22">三、本年度办理结果</td><td colspan="2">（一）予以公开</td>
                        <td>8</td><td>2</td><td>1</td><td>1</td><td>2</td><td>1</td><td>15</td></tr>
                    <tr><td rowspan="8">（三）不予公开</td><td>1.属于国家秘密</td>
                        <td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
                    <tr><td>2.其他法律行政法规禁止公开</td>
                        <td>0</td><td>&nbsp;</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
                    </table>""");

            assertThat(rows).containsExactly(
                    List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "", "申请人情况",
                            "", "", "", "", "", ""),
                    List.of("", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"),
                    List.of("", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""),
                    List.of("一、本年新收政府信息公开申请数量", "", "", "20", "5", "1", "2", "3", "4", "35"),
                    List.of("三、本年度办理结果", "（一）予以公开", "", "8", "2", "1", "1", "2", "1", "15"),
                    List.of("", "（三）不予公开", "1.属于国家秘密", "1", "0", "0", "0", "0", "0", "1"),
                    List.of("", "", "2.其他法律行政法规禁止公开", "0", "", "0", "0", "0", "0", "0"));
        }

        @Test
        void shortRowsArePaddedAndOddSpanValuesReadLikeABrowser() {
            assertThat(onlyTable("""
                    <table><tr><td colspan="0">甲</td><td colspan=" 2x">乙</td><td rowspan="abc">丙</td></tr>
                    <tr><td rowspan="0">丁</td><td>1</td></tr><tr><td>2</td></tr></table>"""))
                    .containsExactly(List.of("甲", "乙", "", "丙"), List.of("丁", "1", "", ""), List.of("", "2", "", ""));
        }

        @Test
        void aLayoutTableIsReadInOrderAndOnlyItsInnerTablesAreTables() {
            ExtractedDocument document = read("""
                    <table width="100%"><tr><td>
                      <p>示例县2023年政府信息公开工作年度报告</p>
                      <p>一、总体情况</p>
                      <table><tr><td>规章</td><td>0</td></tr></table>
                      后记</td>
                    <td><p>二、主动公开政府信息情况</p><table><tr><td>行政许可</td><td>3</td></tr></table></td></tr></table>""");

            assertThat(document.blocks()).extracting(block -> block.getClass().getSimpleName())
                    .containsExactly("Paragraph", "Paragraph", "Table", "Paragraph", "Paragraph", "Table");
            assertThat(lines(document)).containsExactly("示例县2023年政府信息公开工作年度报告", "一、总体情况", "|规章|0|",
                    "后记", "二、主动公开政府信息情况", "|行政许可|3|");
        }

        @Test
        void aTableFramingTheArticleIsReadLineByLine() {
            assertThat(linesOf("""
                    <table width="100%"><tr><td class="bt_content">
                      <h1>某县2022年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>正文。</p>
                      <p>二、主动公开政府信息情况</p></td></tr></table>"""))
                    .containsExactly("某县2022年政府信息公开工作年度报告", "一、总体情况", "正文。", "二、主动公开政府信息情况");
        }

        @Test
        void aTwoColumnPageLayoutWithoutInnerTablesIsReadLineByLine() {
            String text = "2022年，我县坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，"
                    + "紧紧围绕县委、县政府中心工作，持续深化政务公开，不断提升政府工作透明度，政府信息公开工作取得新成效。"
                    + "全年主动公开政府信息一千二百余条，办理政府信息公开申请三十五件，均在法定期限内答复。";

            assertThat(linesOf("""
                    <table><tr><td width="200"><a href="/">首页</a><br><a href="/gk">信息公开</a></td>
                      <td><p>某县2022年政府信息公开工作年度报告</p><p>一、总体情况</p><p>%s</p>
                      <p>二、主动公开政府信息情况</p></td></tr></table>""".formatted(text)))
                    .containsExactly("某县2022年政府信息公开工作年度报告", "一、总体情况", text, "二、主动公开政府信息情况");
        }

        @Test
        void aLabelTypedOneCharacterPerLineStaysACell() {
            String vertical = "<p>三</p><p>、</p><p>本</p><p>年</p><p>度</p><p>办</p><p>理</p><p>结</p><p>果</p>";

            assertThat(onlyTable("<table><tr><td rowspan=2>" + vertical + "</td><td>（一）予以公开</td><td>1</td></tr>"
                    + "<tr><td>（二）部分公开</td><td>0</td></tr></table>"))
                    .containsExactly(List.of("三、本年度办理结果", "（一）予以公开", "1"), List.of("", "（二）部分公开", "0"));
        }

        @Test
        void captionIsALineBeforeItsTable() {
            assertThat(linesOf("<table><caption>表一</caption><tr><td>规章</td><td>0</td></tr></table>"))
                    .containsExactly("表一", "|规章|0|");
        }

        @Test
        void hiddenRowsAndCellsAreNotRead() {
            assertThat(onlyTable("<table><tr><td>甲</td><td style='display:none'>隐</td><td>1</td></tr>"
                    + "<tr style='display:none'><td>隐藏行</td></tr></table>"))
                    .containsExactly(List.of("甲", "1"));
        }
    }

    @Test
    void aReaderIsSharedSafelyBetweenThreads() {
        String html = "<p>示例县2023年政府信息公开工作年度报告</p><p>一、总体情况</p><table><tr><td rowspan=2>甲</td>"
                + "<td>1</td></tr><tr><td>2</td></tr></table><p>二、主动公开政府信息情况</p>";
        List<String> expected = linesOf(html);

        List<List<String>> results = java.util.stream.IntStream.range(0, 64).parallel()
                .mapToObj(i -> linesOf(html)).toList();

        assertThat(results).allSatisfy(result -> assertThat(result).isEqualTo(expected));
        assertThat(expected).containsExactly(
                "示例县2023年政府信息公开工作年度报告", "一、总体情况", "|甲|1|", "||2|", "二、主动公开政府信息情况");
    }
}
