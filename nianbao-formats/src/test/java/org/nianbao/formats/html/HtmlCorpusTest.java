package org.nianbao.formats.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.core.document.ExtractedDocument;
import org.nianbao.core.recognition.ReportRecognizer;
import org.nianbao.core.usecase.CheckedReport;
import org.nianbao.core.usecase.ReportPipeline;
import org.nianbao.core.validation.Validator;
import org.nianbao.testkit.CorpusCase;
import org.nianbao.testkit.Expectations;

/**
 * The corpus as web pages: every seed, published as a portal would publish it (title above the article, the report
 * in a {@code .TRS_Editor} body, tab-separated lines as table rows, menus, breadcrumbs, a sidebar listing other
 * years' reports, share buttons and a footer around it), meets the seed's hand-checked expectation.
 */
class HtmlCorpusTest {
    private final HtmlDocumentReader reader = new HtmlDocumentReader();
    private final ReportPipeline pipeline = new ReportPipeline(reader, new ReportRecognizer(), Validator.standard());

    @ParameterizedTest
    @MethodSource("org.nianbao.testkit.Corpus#seeds")
    void seedAsAPortalPageMeetsItsExpectation(CorpusCase corpusCase) throws IOException {
        List<String> seed = Files.readAllLines(corpusCase.source(), StandardCharsets.UTF_8);
        String name = corpusCase.source().getFileName().toString().replace(".txt", ".html");
        byte[] page = portalPage(seed).getBytes(StandardCharsets.UTF_8);

        ExtractedDocument document = reader.read(name, page);
        CheckedReport checked = pipeline.check(document);

        assertThat(Expectations.load(corpusCase.expectation()).mismatches(checked.report(), checked.findings()))
                .isEmpty();
        List<String> lines = HtmlTestSupport.lines(document);
        assertThat(lines.get(0)).isEqualTo(firstLine(seed).replaceFirst("^#+\\s*", "").replaceAll("\\s+", ""));
        assertThat(String.join("\n", lines))
                .doesNotContain("当前位置", "相关文章", "2019年政府信息公开工作年度报告", "版权所有", "上一篇", "网站地图", "脚本");
    }

    /** The seed's lines as the article of a portal page. */
    static String portalPage(List<String> seed) {
        String title = firstLine(seed);
        StringBuilder body = new StringBuilder();
        boolean inTable = false;
        boolean titleSkipped = false;
        for (String line : seed) {
            if (!titleSkipped && !line.isBlank()) {
                titleSkipped = true;
                continue;
            }
            if (line.contains("\t")) {
                if (!inTable) {
                    body.append("<table class=\"MsoNormalTable\" border=\"1\" cellspacing=\"0\">\n");
                    inTable = true;
                }
                body.append("<tr>");
                for (String cell : line.split("\t", -1)) {
                    body.append(
                            cell.isBlank() ? "<td>&nbsp;</td>" : "<td><p><span>" + escape(cell) + "</span></p></td>");
                }
                body.append("</tr>\n");
                continue;
            }
            if (inTable) {
                body.append("</table>\n");
                inTable = false;
            }
            if (line.isBlank()) {
                body.append("<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n");
            } else if (line.startsWith("#")) {
                int level = Math.min(6, line.length() - line.replaceFirst("^#+", "").length());
                body.append("<h").append(level).append('>').append(escape(line.replaceFirst("^#+\\s*", "")))
                        .append("</h").append(level).append(">\n");
            } else {
                body.append("<p class=\"MsoNormal\" style=\"text-indent:2em\">").append(wordSpans(line))
                        .append("</p>\n");
            }
        }
        if (inTable) {
            body.append("</table>\n");
        }
        String plainTitle = escape(title.replaceFirst("^#+\\s*", ""));
        String otherYear = plainTitle.replaceFirst("(19|20)\\d\\d", "2019");
        return """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>%1$s_政府信息公开年报</title>
                <script>document.title = "脚本里的一、总体情况";</script><style>.nav li{float:left}</style></head>
                <body>
                <div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
                <li><a href="/wzdt/">网站地图</a></li></ul></div>
                <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; %1$s</div>
                <div class="container">
                  <div class="sidebar"><h3>相关文章</h3><ul><li><a href="/ndbg/2019.html">%2$s</a></li></ul></div>
                  <div class="article">
                    <h1 class="article-title">%1$s</h1>
                    <div class="article-meta">发布日期：2022-01-25　来源：本站　<a href="javascript:print()">打印</a></div>
                    <div class="TRS_Editor">
                %3$s
                    </div>
                    <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
                    <div class="prev">上一篇：<a href="/ndbg/2019.html">%2$s</a></div>
                  </div>
                </div>
                <div class="footer"><p>版权所有：政府办公室　网站标识码：4103000000</p><p>联系电话：0379-12345678</p></div>
                </body></html>
                """.formatted(plainTitle, otherYear, body);
    }

    /** Text split over two spans, with a source line break between Chinese characters, as Word writes it. */
    private static String wordSpans(String line) {
        int middle = line.length() / 2;
        if (middle == 0) {
            return "<span>" + escape(line) + "</span>";
        }
        boolean chineseBoth = isChinese(line.charAt(middle - 1)) && isChinese(line.charAt(middle));
        return "<span style='font-family:仿宋'>" + escape(line.substring(0, middle)) + "</span>"
                + (chineseBoth ? "\r\n" : "")
                + "<span style='font-family:仿宋'>" + escape(line.substring(middle)) + "</span>";
    }

    private static boolean isChinese(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }

    private static String firstLine(List<String> seed) {
        return seed.stream().filter(line -> !line.isBlank()).findFirst().orElseThrow();
    }

    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<':
                    b.append("&lt;");
                    break;
                case '>':
                    b.append("&gt;");
                    break;
                case '&':
                    b.append("&amp;");
                    break;
                case '"':
                    b.append("&quot;");
                    break;
                default:
                    b.append(c);
            }
        }
        return b.toString();
    }
}
