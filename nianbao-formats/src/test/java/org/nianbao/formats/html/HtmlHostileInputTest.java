package org.nianbao.formats.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.nianbao.formats.html.HtmlTestSupport.READER;
import static org.nianbao.formats.html.HtmlTestSupport.lines;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.core.document.UnreadableDocumentException;

/** Odd and hostile pages are refused with a clear message naming the file, or read; never a crash. */
class HtmlHostileInputTest {
    private static final Duration QUICKLY = Duration.ofSeconds(30);

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() {
        byte[] page = new byte[HtmlDocumentReader.MAX_BYTES + 1];
        Arrays.fill(page, (byte) ' ');

        assertThatThrownBy(() -> READER.read("巨大.html", page))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("巨大.html：网页文件过大");
    }

    @Test
    void aPageWithoutTextIsRefused() {
        assertThatThrownBy(() -> READER.read("空白.html", new byte[0]))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("空白.html：文件为空");
        for (String page : List.of("   ", "<html><head><title>标题</title><script>var a = '文字';</script></head>"
                + "<body><img src='a.png' alt='图片'><table><tr><td>&nbsp;</td></tr></table><div style='display:none'>隐藏"
                + "</div><!-- 注释 --></body></html>", "<frameset><frame src='a.html'></frameset>")) {
            assertThatThrownBy(() -> READER.read("空白.html", page.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessage("空白.html：网页中没有正文文字");
        }
    }

    @Test
    void aGiantColspanIsRefusedWithoutAllocatingItsGrid() {
        String page = "<p>一、总体情况</p><table><tr><td colspan=\"100000\" rowspan=\"100000\">本年新收</td><td>1</td></tr>"
                + "</table><p>二、主动公开政府信息情况</p>";

        assertThatThrownBy(() -> assertTimeoutPreemptively(QUICKLY, () -> read("宽表.html", page)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("宽表.html：网页正文的第 1 个表格在第 1 行合并单元格展开后超过 64 列，不像年度报告的表格");
    }

    @Test
    void aTableWithTooManyRowsIsRefused() {
        String page = "<table>" + "<tr><td>行</td><td>1</td></tr>".repeat(TableGrid.MAX_ROWS + 1) + "</table>";

        assertThatThrownBy(() -> read("长表.html", page))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("长表.html：网页正文的第 1 个表格有 501 行，超过上限 500 行，不像年度报告的表格");
    }

    @Test
    void tooManyTableCellsInAllAreRefused() {
        String row = "<tr><td colspan=\"32\">1</td><td colspan=\"32\">2</td></tr>";
        String table = "<table>" + row.repeat(TableGrid.MAX_ROWS) + "</table>";
        String page = table.repeat(TableGrid.MAX_CELLS / (TableGrid.MAX_ROWS * TableGrid.MAX_COLUMNS) + 1);

        assertThatThrownBy(() -> read("多表.html", page))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("多表.html：网页中的表格单元格过多");
    }

    @Test
    void aTableAtTheLimitsIsRead() {
        String row = "<tr>" + "<td>1</td>".repeat(TableGrid.MAX_COLUMNS) + "</tr>";
        String page = "<table>" + row.repeat(TableGrid.MAX_ROWS) + "</table>";

        assertThat(lines(read("满表.html", page))).hasSize(TableGrid.MAX_ROWS);
    }

    @Test
    void deepNestingNeitherOverflowsTheStackNorLosesTheText() {
        int depth = 60_000;
        for (String[] tags : List.of(
                new String[] {"<div>", "</div>"},
                new String[] {"<span>", "</span>"},
                new String[] {"<table><tr><td>", "</td></tr></table>"},
                new String[] {"<ul><li>", "</li></ul>"},
                new String[] {"<b><i>", "</i></b>"})) {
            String page = "<p>一、总体情况</p>" + tags[0].repeat(depth) + "最深处的文字" + tags[1].repeat(depth)
                    + "<p>二、主动公开政府信息情况</p>";

            List<String> lines = assertTimeoutPreemptively(QUICKLY, () -> lines(read("深.html", page)));

            assertThat(lines).as(tags[0]).contains("一、总体情况", "二、主动公开政府信息情况");
            assertThat(String.join("", lines)).as(tags[0]).contains("最深处的文字");
        }
    }

    @Test
    void manyUnclosedElementsAreReadInBoundedTime() {
        String page = "<p>开头</p>" + "<b><a href=#><font><p>字".repeat(HtmlDocumentReader.MAX_TAGS / 4 - 1);

        assertThat(assertTimeoutPreemptively(QUICKLY, () -> lines(read("未闭合.html", page)))).contains("开头");
    }

    @Test
    void tooManyTagsAreRefusedBeforeParsing() {
        String page = "<p>开头</p>" + "<b><a href=#><font><p>字".repeat(HtmlDocumentReader.MAX_TAGS / 4);

        assertThatThrownBy(() -> assertTimeoutPreemptively(QUICKLY, () -> read("标签.html", page)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("标签.html：网页标签过多（超过 200000 个），不像一份年度报告");
    }

    @Test
    void binaryJunkIsNeverAStackTrace() {
        byte[] junk = new byte[200_000];
        new java.util.Random(42).nextBytes(junk);

        assertThatThrownBy(() -> READER.read("图片.html", junk))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("图片.html：");
    }

    private static org.nianbao.core.document.ExtractedDocument read(String name, String page) {
        return READER.read(name, page.getBytes(StandardCharsets.UTF_8));
    }
}
