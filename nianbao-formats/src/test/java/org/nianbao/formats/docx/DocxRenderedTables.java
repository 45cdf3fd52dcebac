package org.nianbao.formats.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.rendering.Grid;
import org.nianbao.core.rendering.ReportDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Reads a rendered .docx back with XWPF for assertions: its tables as the {@code w:tc} each grid position holds. */
final class DocxRenderedTables {
    private DocxRenderedTables() {}

    static XWPFDocument open(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The grids of a laid-out report, in order. */
    static List<Grid> grids(ReportDocument document) {
        return document.parts().stream()
                .filter(part -> part instanceof ReportDocument.Table)
                .map(part -> ((ReportDocument.Table) part).grid())
                .toList();
    }

    /**
     * One {@code w:tc} as found at a grid position.
     *
     * @param row the grid row
     * @param column the grid column where it starts
     * @param span its w:gridSpan
     * @param merge "restart", "continue" or null (no w:vMerge)
     * @param text its text
     * @param fill its shading fill, or null
     * @param cell the XWPF cell
     */
    record Tc(int row, int column, int span, @Nullable String merge, String text, @Nullable String fill,
            XWPFTableCell cell) {}

    /** Every w:tc of the table, row by row, with the grid column it starts at. */
    static List<Tc> cells(XWPFTable table) {
        List<Tc> cells = new ArrayList<>();
        int r = 0;
        for (XWPFTableRow row : table.getRows()) {
            int c = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr tcPr = cell.getCTTc().getTcPr();
                int span = tcPr != null && tcPr.isSetGridSpan() ? tcPr.getGridSpan().getVal().intValue() : 1;
                String merge = null;
                if (tcPr != null && tcPr.isSetVMerge()) {
                    merge = tcPr.getVMerge().isSetVal() && tcPr.getVMerge().getVal() == STMerge.RESTART
                            ? "restart" : "continue";
                }
                String fill = tcPr != null && tcPr.isSetShd() ? tcPr.getShd().xgetFill().getStringValue() : null;
                cells.add(new Tc(r, c, span, merge, cell.getText(), fill, cell));
                c += span;
            }
            r++;
        }
        return cells;
    }

    /** The w:tc starting at (row, column). */
    static Tc at(XWPFTable table, int row, int column) {
        return cells(table).stream()
                .filter(tc -> tc.row() == row && tc.column() == column)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no w:tc at (" + row + "," + column + ")"));
    }
}
