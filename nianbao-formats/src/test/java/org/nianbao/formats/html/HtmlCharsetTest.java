package org.nianbao.formats.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.nianbao.formats.html.HtmlTestSupport.READER;
import static org.nianbao.formats.html.HtmlTestSupport.lines;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.core.document.UnreadableDocumentException;

/** Pages in the encodings portals use are read as the characters they show. */
class HtmlCharsetTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final String BODY = "<body><p>洛龙区2021年政府信息公开工作年度报告</p>"
            + "<table><tr><td>自然人</td><td>12</td></tr></table></body>";
    private static final List<String> LINES = List.of("洛龙区2021年政府信息公开工作年度报告", "|自然人|12|");

    @Test
    void gbkPageDeclaredInAnHttpEquivMeta() {
        byte[] page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                + BODY + "</html>").getBytes(GBK);

        assertThat(lines(READER.read("gbk.html", page))).isEqualTo(LINES);
    }

    @Test
    void gbkPageDeclaredInAMetaCharsetAfterALongComment() {
        String comment = "<!-- " + "版权声明 copyright ".repeat(400) + " -->\n";
        byte[] page = (comment + "<html><head><META CHARSET='GBK'></head>" + BODY + "</html>").getBytes(GBK);

        assertThat(lines(READER.read("gbk.html", page))).isEqualTo(LINES);
    }

    @Test
    void gbkPageWithoutAnyDeclaration() {
        byte[] page = ("<html>" + BODY + "</html>").getBytes(GBK);

        assertThat(lines(READER.read("gbk.html", page))).isEqualTo(LINES);
    }

    @Test
    void gb18030OnlyCharactersReadWhenTheLabelSaysGb2312() {
        byte[] page = ("<meta charset=gb2312><p>䶮的报告</p>").getBytes(Charset.forName("GB18030"));

        assertThat(lines(READER.read("gb18030.html", page))).containsExactly("䶮的报告");
    }

    @Test
    void aWrongDeclarationLosesToBytesThatCanOnlyBeTheOtherCharset() {
        byte[] gbkDeclaredUtf8 = ("<meta charset=\"utf-8\">" + BODY).getBytes(GBK);
        byte[] utf8DeclaredGbk = ("<meta charset=\"gbk\">" + BODY).getBytes(StandardCharsets.UTF_8);

        assertThat(lines(READER.read("a.html", gbkDeclaredUtf8))).isEqualTo(LINES);
        assertThat(lines(READER.read("b.html", utf8DeclaredGbk))).isEqualTo(LINES);
    }

    @Test
    void aLatinDeclarationCannotHoldAChineseReportAndIsIgnored() {
        byte[] page = ("<meta charset=\"iso-8859-1\">" + BODY).getBytes(StandardCharsets.UTF_8);

        assertThat(lines(READER.read("latin.html", page))).isEqualTo(LINES);
    }

    @Test
    void utf8WithByteOrderMark() {
        byte[] page = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                ("<!DOCTYPE html><html>" + BODY + "</html>").getBytes(StandardCharsets.UTF_8));

        assertThat(lines(READER.read("bom.html", page))).isEqualTo(LINES);
    }

    @Test
    void utf16WithAndWithoutByteOrderMark() {
        String page = "<html>" + BODY + "</html>";

        assertThat(lines(READER.read("le-bom.html", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                page.getBytes(StandardCharsets.UTF_16LE))))).isEqualTo(LINES);
        assertThat(lines(READER.read("be-bom.html", page.getBytes(StandardCharsets.UTF_16)))).isEqualTo(LINES);
        assertThat(lines(READER.read("le.html", page.getBytes(StandardCharsets.UTF_16LE)))).isEqualTo(LINES);
        assertThat(lines(READER.read("be.html", page.getBytes(StandardCharsets.UTF_16BE)))).isEqualTo(LINES);
    }

    @Test
    void aBrokenByteSwallowsNoDigitAfterIt() {
        byte[] head = "<meta charset=gbk><p>题目被截断".getBytes(GBK);
        byte[] tail = "12件</p><p>自然人 3</p>".getBytes(GBK);
        byte[] page = concat(head, new byte[] {(byte) 0xB0}, tail);

        assertThat(lines(READER.read("cut.html", page))).containsExactly("题目被截断\uFFFD12件", "自然人3");
    }

    @Test
    void bytesThatAreNoTextInAnyCharsetAreRefusedNamingTheFile() {
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        page.writeBytes("<html><body><p>".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 2000; i++) {
            page.write(0x80);
            page.write(0xFF);
        }

        assertThatThrownBy(() -> READER.read("乱码.html", page.toByteArray()))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("乱码.html：无法识别网页编码");
    }

    @Test
    void aCommentedOutDeclarationIsIgnoredAndJunkIsScannedQuickly() {
        String head = "<!-- <meta charset=utf-8> --><META HTTP-EQUIV=Content-Type CONTENT='text/html; CHARSET=GBK'>";

        assertThat(HtmlCharset.declared(head.getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(Charset.forName("GB18030"));
        for (String junk : List.of("<!--", "<meta ", "<meta charset=x>", "-->")) {
            byte[] page = junk.repeat(HtmlCharset.PRESCAN_BYTES / junk.length()).getBytes(StandardCharsets.US_ASCII);

            assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> HtmlCharset.declared(page))).isNull();
        }
    }

    @Test
    void declaredLabelsMapToTheCharsetsNianbaoReads() {
        assertThat(HtmlCharset.forLabel("GB2312")).isEqualTo(Charset.forName("GB18030"));
        assertThat(HtmlCharset.forLabel("x-gbk")).isEqualTo(Charset.forName("GB18030"));
        assertThat(HtmlCharset.forLabel("UTF8")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(HtmlCharset.forLabel("big5").name()).startsWith("Big5");
        assertThat(HtmlCharset.forLabel("windows-1252")).isNull();
        assertThat(HtmlCharset.forLabel("utf-16")).isNull();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
