package org.nianbao.formats.docx;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.rendering.Grid;
import org.nianbao.core.rendering.GridCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHeight;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Draws one {@link Grid} as a Word table, exactly as the grid says: a {@code w:tc} per cell at its top-left
 * corner with {@code w:gridSpan} for its column span, and {@code w:vMerge} restart/continue down its row span;
 * fixed column widths within the text block (label columns wider), single 0.5 pt borders, header rows repeated on
 * each page, no row split across pages. Header cells bold and centred, values centred, row labels left (centred
 * when they run down several rows). An annotated cell is shaded and carries the Word comment of each note first
 * drawn on it ({@link DocxRenderComments}). Stateless.
 */
final class DocxTableRender {
    /** Left and right cell margins: 0.1 cm. */
    private static final int CELL_MARGIN = 57;
    /** Border width in eighths of a point: 0.5 pt. */
    private static final int BORDER = 4;

    private DocxTableRender() {}

    /** The table font size: 五号 (10.5 pt) for a narrow table, 小五 (9 pt) for the 10- and 15-column ones. */
    static double fontSize(Grid grid) {
        return grid.columns() >= 10 ? 9 : 10.5;
    }

    /** The least row height in twips: 0.7 cm for 10.5 pt text, 0.6 cm for smaller. */
    static int rowHeight(double size) {
        return size >= 10.5 ? DocxRenderStyle.twips(0.7) : DocxRenderStyle.twips(0.6);
    }

    /** Column widths in twips, summing to the text width. */
    static int[] columnWidths(int columns) {
        int total = DocxRenderStyle.TEXT_WIDTH;
        int[] widths = new int[columns];
        if (columns == 4) {
            // table 二: 信息内容 | three value columns
            int value = (total - 2645) / 3;
            widths[0] = total - 3 * value;
            for (int i = 1; i < 4; i++) {
                widths[i] = value;
            }
            return widths;
        }
        if (columns == 10) {
            // table 三: section | group | item | seven applicant columns
            int value = 720;
            widths[0] = 600;
            widths[1] = 1100;
            widths[2] = total - 600 - 1100 - 7 * value;
            for (int i = 3; i < 10; i++) {
                widths[i] = value;
            }
            return widths;
        }
        // table 四 (15 value columns) and anything else: equal widths, the remainder to the first columns
        int base = total / Math.max(1, columns);
        int rest = total - base * columns;
        for (int i = 0; i < columns; i++) {
            widths[i] = base + (i < rest ? 1 : 0);
        }
        return widths;
    }

    /** Fills the empty {@code w:tbl} with the grid; {@code notes} are the grid's annotation marks, cell by cell. */
    static void draw(CTTbl tbl, Grid grid, DocxRenderNotes.TableNotes notes, DocxRenderComments comments) {
        int[] widths = columnWidths(grid.columns());
        double size = fontSize(grid);
        properties(tbl.addNewTblPr(), sum(widths, 0, widths.length));
        CTTblGrid tblGrid = tbl.addNewTblGrid();
        for (int width : widths) {
            tblGrid.addNewGridCol().setW(BigInteger.valueOf(width));
        }

        List<GridCell> cells = grid.cells();
        int[][] covering = new int[grid.rows()][grid.columns()];
        for (int[] row : covering) {
            Arrays.fill(row, -1);
        }
        for (int i = 0; i < cells.size(); i++) {
            GridCell cell = cells.get(i);
            for (int r = cell.row(); r < Math.min(grid.rows(), cell.row() + cell.rowSpan()); r++) {
                for (int c = cell.column(); c < Math.min(grid.columns(), cell.column() + cell.columnSpan()); c++) {
                    covering[r][c] = i;
                }
            }
        }

        for (int r = 0; r < grid.rows(); r++) {
            CTRow tr = tbl.addNewTr();
            CTTrPr trPr = tr.addNewTrPr();
            trPr.addNewCantSplit();
            CTHeight height = trPr.addNewTrHeight();
            height.setVal(BigInteger.valueOf(rowHeight(size)));
            height.setHRule(STHeightRule.AT_LEAST);
            if (r < grid.headerRows()) {
                trPr.addNewTblHeader();
            }
            int c = 0;
            while (c < grid.columns()) {
                int index = covering[r][c];
                if (index < 0) {
                    cell(tr, widths[c], 1, null, null, size, DocxRenderNotes.CellNotes.NONE, null);
                    c++;
                    continue;
                }
                GridCell cell = cells.get(index);
                int span = Math.min(grid.columns(), cell.column() + cell.columnSpan()) - c;
                boolean anchored = cell.row() == r;
                STMerge.Enum merge = cell.rowSpan() < 2 ? null : anchored ? STMerge.RESTART : STMerge.CONTINUE;
                cell(tr, sum(widths, c, c + span), span, merge, cell, size, notes.cells().get(index),
                        anchored ? comments : null);
                c += span;
            }
        }
    }

    private static void properties(CTTblPr tblPr, int width) {
        CTTblWidth tblW = tblPr.addNewTblW();
        tblW.setType(STTblWidth.DXA);
        tblW.setW(BigInteger.valueOf(width));
        tblPr.addNewJc().setVal(STJcTable.CENTER);
        CTTblBorders borders = tblPr.addNewTblBorders();
        border(borders.addNewTop());
        border(borders.addNewLeft());
        border(borders.addNewBottom());
        border(borders.addNewRight());
        border(borders.addNewInsideH());
        border(borders.addNewInsideV());
        tblPr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblCellMar margins = tblPr.addNewTblCellMar();
        margin(margins.addNewLeft(), CELL_MARGIN);
        margin(margins.addNewRight(), CELL_MARGIN);
    }

    private static void border(CTBorder border) {
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(BORDER));
        border.setSpace(BigInteger.ZERO);
        border.setColor("000000");
    }

    private static void margin(CTTblWidth width, int twips) {
        width.setW(BigInteger.valueOf(twips));
        width.setType(STTblWidth.DXA);
    }

    /**
     * One {@code w:tc}: a cell's anchor (with {@code comments} to write its notes) or a continuation of its vertical
     * merge (empty, {@code comments} null), or an empty position no cell covers ({@code cell} null).
     */
    private static void cell(CTRow tr, int width, int span, STMerge.@Nullable Enum merge, @Nullable GridCell cell,
            double size, DocxRenderNotes.CellNotes notes, @Nullable DocxRenderComments comments) {
        CTTc tc = tr.addNewTc();
        CTTcPr tcPr = tc.addNewTcPr();
        CTTblWidth tcW = tcPr.addNewTcW();
        tcW.setType(STTblWidth.DXA);
        tcW.setW(BigInteger.valueOf(width));
        if (span > 1) {
            tcPr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        if (merge != null) {
            tcPr.addNewVMerge().setVal(merge);
        }
        if (notes.fill() != null) {
            CTShd shd = tcPr.addNewShd();
            shd.setVal(STShd.CLEAR);
            shd.setColor("auto");
            shd.setFill(notes.fill());
        }
        tcPr.addNewVAlign().setVal(STVerticalJc.CENTER);

        CTP p = tc.addNewP();
        STJc.Enum alignment = STJc.CENTER;
        if (cell != null && cell.kind() == GridCell.Kind.LABEL && cell.rowSpan() == 1) {
            alignment = STJc.LEFT;
        }
        CTPPr pPr = DocxRenderStyle.paragraph(p, alignment, 0, 0);
        DocxRenderStyle.markFont(pPr, DocxRenderStyle.TABLE_FONT, size);
        if (cell == null || comments == null) {
            return;
        }
        comments.open(p, notes.markers());
        if (!cell.text().isEmpty()) {
            DocxRenderStyle.run(p, cell.text(), DocxRenderStyle.TABLE_FONT, size, cell.kind() == GridCell.Kind.HEADER);
        }
        comments.close(p, notes.markers());
    }

    private static int sum(int[] widths, int from, int to) {
        int total = 0;
        for (int i = from; i < to; i++) {
            total += widths[i];
        }
        return total;
    }
}
