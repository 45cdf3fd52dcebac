package org.nianbao.formats.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.nianbao.core.document.Block;
import org.nianbao.core.document.ExtractedDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Builds .docx files for tests with POI's XWPF API (tables through its CT classes, which is how XWPF itself writes
 * merged cells), so that every input of the Word tests is code a reviewer can read rather than a binary blob. Also
 * renders an {@link ExtractedDocument} as readable strings for assertions.
 */
public final class Docx {
    /** Width of one grid column, in twips. */
    private static final int COLUMN = 1200;

    private final XWPFDocument document = new XWPFDocument();

    public static Docx create() {
        return new Docx();
    }

    /** A paragraph of one run per string (text split over many runs must join). */
    public Docx paragraph(String... runs) {
        XWPFParagraph paragraph = document.createParagraph();
        for (String run : runs) {
            paragraph.createRun().setText(run);
        }
        return this;
    }

    /** A paragraph built with XWPF's paragraph API. */
    public Docx paragraph(Consumer<XWPFParagraph> build) {
        build.accept(document.createParagraph());
        return this;
    }

    /** A table of these rows; the grid is as wide as the widest row. */
    public Docx table(Row... rows) {
        CTTbl table = document.getDocument().getBody().addNewTbl();
        write(table, Arrays.asList(rows));
        return this;
    }

    /** Anything else, on the document itself (headers, footers, …). */
    public Docx with(Consumer<XWPFDocument> change) {
        change.accept(document);
        return this;
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Row row(Cell... cells) {
        return new Row(0, 0, Arrays.asList(cells));
    }

    /** A cell of one paragraph per string (no string: one empty paragraph). */
    public static Cell cell(String... paragraphs) {
        return new Cell(Arrays.asList(paragraphs), 1, null, List.of());
    }

    /** A table row. */
    public record Row(int before, int after, List<Cell> cells) {
        /** With w:gridBefore. */
        public Row before(int columns) {
            return new Row(columns, after, cells);
        }

        /** With w:gridAfter. */
        public Row after(int columns) {
            return new Row(before, columns, cells);
        }

        int width() {
            return before + after + cells.stream().mapToInt(Cell::span).sum();
        }
    }

    /**
     * A table cell.
     *
     * @param paragraphs its paragraphs
     * @param span w:gridSpan
     * @param merge null, or the w:vMerge value: "restart" or "continue"
     * @param nested rows of a table inside the cell, after its paragraphs
     */
    public record Cell(List<String> paragraphs, int span, String merge, List<Row> nested) {
        public Cell span(int columns) {
            return new Cell(paragraphs, columns, merge, nested);
        }

        /** The first cell of a vertical merge (w:vMerge w:val="restart"). */
        public Cell mergeDown() {
            return new Cell(paragraphs, span, "restart", nested);
        }

        /** A continuation of the vertical merge above (w:vMerge without a value). */
        public Cell merged() {
            return new Cell(paragraphs, span, "continue", nested);
        }

        public Cell nested(Row... rows) {
            return new Cell(paragraphs, span, merge, Arrays.asList(rows));
        }
    }

    private static void write(CTTbl table, List<Row> rows) {
        int columns = rows.stream().mapToInt(Row::width).max().orElse(1);
        var properties = table.addNewTblPr();
        var width = properties.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf((long) columns * COLUMN));
        var borders = properties.addNewTblBorders();
        borders.addNewTop().setVal(STBorder.SINGLE);
        borders.addNewBottom().setVal(STBorder.SINGLE);
        borders.addNewLeft().setVal(STBorder.SINGLE);
        borders.addNewRight().setVal(STBorder.SINGLE);
        borders.addNewInsideH().setVal(STBorder.SINGLE);
        borders.addNewInsideV().setVal(STBorder.SINGLE);
        CTTblGrid grid = table.addNewTblGrid();
        for (int i = 0; i < columns; i++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(COLUMN));
        }
        for (Row row : rows) {
            CTRow tr = table.addNewTr();
            if (row.before() > 0 || row.after() > 0) {
                CTTrPr trPr = tr.addNewTrPr();
                if (row.before() > 0) {
                    trPr.addNewGridBefore().setVal(BigInteger.valueOf(row.before()));
                    var w = trPr.addNewWBefore();
                    w.setType(STTblWidth.DXA);
                    w.setW(BigInteger.valueOf((long) row.before() * COLUMN));
                }
                if (row.after() > 0) {
                    trPr.addNewGridAfter().setVal(BigInteger.valueOf(row.after()));
                    var w = trPr.addNewWAfter();
                    w.setType(STTblWidth.DXA);
                    w.setW(BigInteger.valueOf((long) row.after() * COLUMN));
                }
            }
            for (Cell cell : row.cells()) {
                CTTc tc = tr.addNewTc();
                CTTcPr tcPr = tc.addNewTcPr();
                var w = tcPr.addNewTcW();
                w.setType(STTblWidth.DXA);
                w.setW(BigInteger.valueOf((long) cell.span() * COLUMN));
                if (cell.span() > 1) {
                    tcPr.addNewGridSpan().setVal(BigInteger.valueOf(cell.span()));
                }
                if ("restart".equals(cell.merge())) {
                    tcPr.addNewVMerge().setVal(STMerge.RESTART);
                } else if ("continue".equals(cell.merge())) {
                    tcPr.addNewVMerge();
                }
                for (String text : cell.paragraphs()) {
                    text(tc.addNewP(), text);
                }
                if (!cell.nested().isEmpty()) {
                    write(tc.addNewTbl(), cell.nested());
                }
                if (cell.paragraphs().isEmpty() || !cell.nested().isEmpty()) {
                    tc.addNewP(); // a cell ends with a paragraph
                }
            }
        }
    }

    private static void text(CTP paragraph, String text) {
        CTText t = paragraph.addNewR().addNewT();
        t.setStringValue(text);
        t.setSpace(SpaceAttribute.Space.PRESERVE);
    }

    /** The document as lines: {@code "P:text"} for a paragraph, {@code "R:a|b|c"} for a table row. */
    public static List<String> render(ExtractedDocument document) {
        List<String> lines = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof Block.Paragraph paragraph) {
                lines.add("P:" + paragraph.text());
            } else {
                for (Block.Row row : ((Block.Table) block).rows()) {
                    lines.add("R:" + String.join("|", row.cells()));
                }
            }
        }
        return lines;
    }

    /** The entries of a ZIP, in order. */
    public static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** A ZIP of these entries, compressed at the highest level. */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The .docx encrypted with a password, as Word does it (agile encryption in an OLE2 file). */
    public static byte[] encrypted(byte[] docx, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(docx));
                    OutputStream out = encryptor.getDataStream(fs)) {
                pkg.save(out);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException | InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The .docx with its word/document.xml replaced. */
    public static byte[] withDocumentXml(byte[] docx, String documentXml) {
        Map<String, byte[]> entries = entries(docx);
        entries.put("word/document.xml", documentXml.getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }
}
