package org.nianbao.formats.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.nianbao.core.document.UnreadableDocumentException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;

/** Hostile and wrong input: each refused quickly with a Chinese reason that starts with the file name. */
class DocxHostileInputTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final Duration QUICKLY = Duration.ofSeconds(20);

    private final DocxDocumentReader reader = new DocxDocumentReader();

    private static byte[] report() {
        return Docx.create().paragraph("某县某局2022年政府信息公开工作年度报告").paragraph("一、总体情况").bytes();
    }

    private void assertRefused(String name, byte[] content, String message) {
        assertTimeoutPreemptively(QUICKLY, () -> assertThatThrownBy(() -> reader.read(name, content))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage(message));
    }

    private void assertRefusedWith(String name, byte[] content, String... parts) {
        assertTimeoutPreemptively(QUICKLY, () -> assertThatThrownBy(() -> reader.read(name, content))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith(name + "：")
                .hasMessageContainingAll(parts));
    }

    /** A package whose word/document.xml is {@code size} bytes of one repeated letter, compressed to almost nothing. */
    private static byte[] zipBomb(long size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (Map.Entry<String, byte[]> entry : Docx.entries(report()).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                if (entry.getKey().equals("word/document.xml")) {
                    zip.write(("<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>")
                            .getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = new byte[1 << 20];
                    Arrays.fill(chunk, (byte) 'a');
                    for (long written = 0; written < size; written += chunk.length) {
                        zip.write(chunk);
                    }
                    zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(entry.getValue());
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String billionLaughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE w:document [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + dtd + "<w:document xmlns:w=\"" + W
                + "\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>";
    }

    @Test
    void zipBombIsRefused() throws IOException {
        byte[] bomb = zipBomb(200L << 20);
        assertThat(bomb.length).isLessThan(1 << 20);

        assertRefused("炸弹.docx", bomb, "炸弹.docx：文件疑似压缩炸弹（解压后过大），已拒绝");
    }

    @Test
    void poisOwnZipBombExceptionBecomesTheSameMessage() throws IOException {
        new DocxDocumentReader(); // its static initializer configures ZipSecureFile
        Throwable thrown = catchThrowable(() -> OPCPackage.open(new ByteArrayInputStream(zipBomb(20L << 20))));

        assertThat(thrown).isNotNull().hasMessageContaining("Zip bomb");
        assertThat(DocxDocumentReader.translate("炸弹.docx", thrown))
                .hasMessage("炸弹.docx：文件疑似压缩炸弹（解压后过大），已拒绝");
    }

    @Test
    void poiIsConfiguredOnceWithTheReadersLimits() {
        new DocxDocumentReader();

        assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(DocxDocumentReader.MIN_INFLATE_RATIO);
        assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(DocxDocumentReader.MAX_ENTRY_BYTES);
        assertThat(ZipSecureFile.getMaxFileCount()).isEqualTo(DocxDocumentReader.MAX_ENTRIES);
        assertThat(ZipSecureFile.getMaxTextSize()).isEqualTo(DocxDocumentReader.MAX_TEXT_CHARS);
    }

    @Test
    void entityExpansionIsRefused() {
        byte[] laughs = Docx.withDocumentXml(report(), billionLaughs());

        assertRefused("笑.docx", laughs,
                "笑.docx：Word 文件的 XML（word/document.xml）含有 DTD 或实体声明（可能是恶意构造的“实体膨胀”），已拒绝");
    }

    @Test
    void poisOwnDoctypeRefusalBecomesAClearMessage() {
        byte[] laughs = billionLaughs().getBytes(StandardCharsets.UTF_8);
        Throwable thrown = catchThrowable(() -> DocumentDocument.Factory.parse(
                new ByteArrayInputStream(laughs), POIXMLTypeLoader.DEFAULT_XML_OPTIONS));

        assertThat(thrown).isNotNull();
        assertThat(DocxDocumentReader.translate("笑.docx", thrown).getMessage())
                .startsWith("笑.docx：").contains("DTD", "已拒绝");
    }

    @Test
    void elementsNestedTooDeepAreRefusedBeforePoiRecursesIntoThem() {
        byte[] deep = Docx.create().with(document -> {
            CTTbl table = document.getDocument().getBody().addNewTbl();
            for (int i = 0; i < 400; i++) {
                table = table.addNewTr().addNewTc().addNewTbl();
            }
            table.addNewTr().addNewTc().addNewP();
        }).bytes();

        assertRefusedWith("深.docx", deep, "嵌套超过 " + DocxDocumentReader.MAX_XML_DEPTH + " 层");
    }

    @Test
    void tablesNestedDeeperThanTheLimitAreRefused() {
        byte[] deep = Docx.create().with(document -> {
            CTTbl table = document.getDocument().getBody().addNewTbl();
            for (int i = 0; i < WordBlocks.MAX_NESTING + 5; i++) {
                table = table.addNewTr().addNewTc().addNewTbl();
            }
            table.addNewTr().addNewTc().addNewP();
        }).bytes();

        assertRefusedWith("套.docx", deep, "表格嵌套超过 " + WordBlocks.MAX_NESTING + " 层");
    }

    @Test
    void truncatedFileIsRefused() {
        byte[] docx = report();

        assertRefusedWith("半截.docx", Arrays.copyOf(docx, docx.length / 2), "文件不完整或已损坏");
    }

    @Test
    void spreadsheetIsNotAWordDocument() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("表三").createRow(0).createCell(0).setCellValue("自然人");
            workbook.write(out);
        }

        assertRefused("表格.docx", out.toByteArray(), "表格.docx：ZIP 文件不是 Word 文档（缺少 word/document.xml）");
    }

    @Test
    void plainZipIsNotAWordDocument() {
        byte[] zip = Docx.zip(Map.of("readme.txt", "不是 Word".getBytes(StandardCharsets.UTF_8)));

        assertRefused("压缩包.docx", zip, "压缩包.docx：ZIP 文件不是 Word 文档（缺少 word/document.xml）");
        assertRefused("空压缩包.docx", Docx.zip(Map.of()), "空压缩包.docx：ZIP 文件不是 Word 文档（缺少 word/document.xml）");
    }

    @Test
    void passwordProtectedDocxIsRefusedAsEncrypted() {
        byte[] encrypted = Docx.encrypted(report(), "mima");

        assertRefused("加密.docx", encrypted, "加密.docx：Word 文件已加密，无法读取");
    }

    @Test
    void legacyDocIsToldApartFromADocx() throws IOException {
        byte[] doc;
        try (var in = getClass().getResourceAsStream("/org/nianbao/formats/doc/paragraphs.doc")) {
            doc = in.readAllBytes();
        }

        assertRefused("旧版.docx", doc, "旧版.docx：这是旧版 Word 97-2003（.doc）文件，不是 .docx");
    }

    @Test
    void otherOle2FileIsNotADocx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("表三");
            workbook.write(out);
        }

        assertRefused("旧表格.docx", out.toByteArray(), "旧表格.docx：不是 Word 文档（是其他 OLE2 格式的 Office 文件）");
    }

    @Test
    void oversizedEmptyAndNonZipFilesAreRefused() {
        byte[] huge = new byte[DocxDocumentReader.MAX_BYTES + 1];
        huge[0] = 'P';
        huge[1] = 'K';
        huge[2] = 3;
        huge[3] = 4;

        assertRefusedWith("大.docx", huge, "Word 文件过大", "上限 50 MB");
        assertRefused("空.docx", new byte[0], "空.docx：文件为空");
        assertRefused("文本.docx", "一、总体情况".getBytes(StandardCharsets.UTF_8),
                "文本.docx：不是 Word（.docx）文件（.docx 是 ZIP 格式，此文件不是）");
    }
}
