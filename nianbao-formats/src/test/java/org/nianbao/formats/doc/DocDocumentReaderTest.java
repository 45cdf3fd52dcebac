package org.nianbao.formats.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nianbao.formats.docx.Docx.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.nianbao.core.document.ExtractedDocument;
import org.nianbao.core.document.SourceFormat;
import org.nianbao.core.document.UnreadableDocumentException;
import org.nianbao.core.recognition.ReportRecognizer;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.formats.docx.Docx;
import org.nianbao.formats.docx.DocxDocumentReader;
import org.nianbao.formats.docx.DocxTableThreeTest;
import org.nianbao.testkit.Reports;

/**
 * The .doc reader on files LibreOffice converted from .docx sources built in code (see the README beside the
 * resources), and on wrong and hostile input.
 */
class DocDocumentReaderTest {
    private final DocDocumentReader reader = new DocDocumentReader();

    static byte[] resource(String name) {
        try (InputStream in = Objects.requireNonNull(DocDocumentReaderTest.class.getResourceAsStream(name), name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void paragraphsRunsBreaksTabsFieldsDeletedAndHiddenTextAsInTheDocx() {
        ExtractedDocument document = reader.read("段落.doc", resource("paragraphs.doc"));

        assertThat(document.format()).isEqualTo(SourceFormat.DOC);
        assertThat(render(document)).containsExactly(
                "P:某市某局2021年政府信息公开工作年度报告", "P:第一行", "P:第二行\t12", "P:报告年度：2021年", "P:一、总体情况",
                "P:本年新收");
        assertThat(render(document))
                .isEqualTo(render(new DocxDocumentReader().read("段落.docx", DocSourcesWriter.paragraphs().bytes())));
    }

    @Test
    void mergedCellsGridPositionsAndNestedTables() {
        ExtractedDocument document = reader.read("表格.doc", resource("tables.doc"));

        assertThat(render(document)).containsExactly(
                "P:表格之前",
                "R:a|b|c|d", "R:合并||1|2", "R:纵向|3||4", "R:|5|6|7", "R:||8|9", "R:|x||",
                "P:两表之间",
                "R:外|表", "P:说明", "R:内|表", "R:10|11", "R:c|d",
                "P:表格之后");
        assertThat(render(document))
                .isEqualTo(render(new DocxDocumentReader().read("表格.docx", DocSourcesWriter.tables().bytes())));
    }

    @Test
    void officialTableThreeIsRecognizedCellByCell() {
        AnnualReport report = Reports.balanced2021(7);
        ExtractedDocument document = reader.read("表三.doc", resource("table_three.doc"));

        assertThat(render(document)).isEqualTo(
                render(new DocxDocumentReader().read("表三.docx", DocxTableThreeTest.report(report).bytes())));
        DocxTableThreeTest.assertRecognized(
                new ReportRecognizer().recognize(document).report().applications(), report.applications());
    }

    @Test
    void passwordProtectedDocxIsEncryptedNotAnotherOle2File() {
        byte[] encrypted = Docx.encrypted(Docx.create().paragraph("一、总体情况").bytes(), "mima");

        assertThatThrownBy(() -> reader.read("加密.docx", encrypted))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("加密.docx：Word 文件已加密，无法读取");
    }

    @Test
    void excelAndEmptyOle2FilesAreNotWord() throws IOException {
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("表三").createRow(0).createCell(0).setCellValue("自然人");
            workbook.write(xls);
        }
        ByteArrayOutputStream empty = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[] {1, 2, 3}), "Contents");
            fs.writeFilesystem(empty);
        }

        assertThatThrownBy(() -> reader.read("表.xls", xls.toByteArray()))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("表.xls：这是 Excel 文件，不是 Word 文档");
        assertThatThrownBy(() -> reader.read("其他.doc", empty.toByteArray()))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("其他.doc：OLE2 文件不是 Word 文档（缺少 WordDocument 流）");
    }

    @Test
    void truncatedFileIsRefused() {
        byte[] doc = resource("tables.doc");

        for (int length : new int[] {doc.length / 2, 600, doc.length - 512}) {
            assertThatThrownBy(() -> reader.read("半截.doc", Arrays.copyOf(doc, length)))
                    .as("cut at %d", length)
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessageStartingWith("半截.doc：Word 文件不完整或已损坏，无法读取");
        }
    }

    @Test
    void wrongFormatsEmptyAndOversizedFilesAreRefused() {
        byte[] docx = Docx.create().paragraph("一、总体情况").bytes();
        byte[] huge = new byte[DocDocumentReader.MAX_BYTES + 1];

        assertThatThrownBy(() -> reader.read("新版.doc", docx)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("新版.doc：这是 ZIP 格式的文件（如 .docx），不是旧版 Word 97-2003（.doc）文件");
        assertThatThrownBy(() -> reader.read("文本.doc", "一、总体情况".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("文本.doc：不是 Word 97-2003（.doc）文件");
        assertThatThrownBy(() -> reader.read("空.doc", new byte[0])).isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("空.doc：文件为空");
        assertThatThrownBy(() -> reader.read("大.doc", huge)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("大.doc：Word 文件过大");
    }
}
