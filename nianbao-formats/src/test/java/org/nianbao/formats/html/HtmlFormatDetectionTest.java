package org.nianbao.formats.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nianbao.core.document.SourceFormat;
import org.nianbao.formats.FormatDetector;

/** Saved web pages are told from plain text by their bytes, however they begin. */
class HtmlFormatDetectionTest {

    @Test
    void pagesAreHtml() {
        assertThat(detect("<!DOCTYPE html><html><body><p>报告</p></body></html>")).contains(SourceFormat.HTML);
        assertThat(detect("\n\n  <html xmlns:o=\"urn:schemas-microsoft-com:office:office\">"))
                .contains(SourceFormat.HTML);
        assertThat(detect("<?xml version=\"1.0\" encoding=\"gb2312\"?>\n<html><body>报告</body></html>"))
                .contains(SourceFormat.HTML);
    }

    @Test
    void aLongCommentBeforeThePageIsSkipped() {
        String page = "<!--\n" + " 本页面由内容管理系统生成 ".repeat(300) + "\n-->\n<html><head></head><body>报告</body></html>";

        assertThat(page.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(4096);
        assertThat(detect(page)).contains(SourceFormat.HTML);
    }

    @Test
    void fragmentsStartingWithMetaOrTableAreHtml() {
        assertThat(detect("<meta charset=\"gbk\"><p>报告</p>")).contains(SourceFormat.HTML);
        assertThat(detect("<table border=1><tr><td>自然人</td><td>1</td></tr></table>")).contains(SourceFormat.HTML);
        assertThat(detect("\uFEFF<div class=\"TRS_Editor\"><p>报告</p></div>")).contains(SourceFormat.HTML);
    }

    @Test
    void gbkAndUtf16PagesAreHtml() {
        String page = "<html><head><meta charset=gbk></head><body><p>洛龙区政府信息公开工作年度报告</p></body></html>";

        assertThat(FormatDetector.detect(page.getBytes(Charset.forName("GBK")))).contains(SourceFormat.HTML);
        assertThat(FormatDetector.detect(page.getBytes(StandardCharsets.UTF_16))).contains(SourceFormat.HTML);
        assertThat(FormatDetector.detect(page.getBytes(StandardCharsets.UTF_16LE))).contains(SourceFormat.HTML);
        assertThat(FormatDetector.detect(page.getBytes(StandardCharsets.UTF_16BE))).contains(SourceFormat.HTML);
    }

    @Test
    void textMentioningTagsStaysText() {
        assertThat(detect("# 某县2021年政府信息公开工作年度报告\n\n说明：网页中的<table>表格已转换为文本。\n"))
                .contains(SourceFormat.TEXT);
        assertThat(detect("自然人\t1\t<2>\n")).contains(SourceFormat.TEXT);
    }

    private static java.util.Optional<SourceFormat> detect(String text) {
        return FormatDetector.detect(text.getBytes(StandardCharsets.UTF_8));
    }
}
