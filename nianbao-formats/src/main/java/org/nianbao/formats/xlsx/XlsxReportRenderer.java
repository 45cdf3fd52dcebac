package org.nianbao.formats.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.rendering.Annotation;
import org.nianbao.core.rendering.Grid;
import org.nianbao.core.rendering.GridCell;
import org.nianbao.core.rendering.ReportDocument;
import org.nianbao.core.rendering.ReportRenderer;
import org.nianbao.core.report.Cell;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.Section;

/**
 * Renders a report as an Excel workbook (.xlsx): a sheet 「概况」 with the title and the text of the six sections, one
 * sheet per table (表二, 表三, 表四) and a sheet 「审核意见」 listing the annotations.
 *
 * <p>Each table sheet draws its {@link Grid} from cell A1 exactly as the layout says, a merged region for every cell
 * spanning rows or columns, every position bordered; header cells bold and centred. A count is a numeric cell
 * (format {@code 0}); an amount is a numeric cell whose format shows exactly the decimals printed ({@code 6133.0438}
 * as {@code 0.0000}, {@code 0.00} as {@code 0.00}), or text when a double would not hold it exactly; an amount with
 * its own unit ({@code 251000元}) and anything unreadable are text; a blank value is an empty cell, never 0. Header
 * rows are frozen and repeated on printed pages; wide tables print landscape, one page wide.
 *
 * <p>The notes sheet has a header row (序号, 单元格, 级别, 说明, 位置) even when there are no annotations. With
 * annotations, every annotated cell is filled (light red for an error, light amber otherwise) and the first cell of
 * each annotation holds a cell comment with its message; a row annotation (a path one level above the cells)
 * covers the row's cells. An annotation on a section's text marks that section's heading on 「概况」.
 *
 * <p>Stateless and thread-safe.
 */
public final class XlsxReportRenderer implements ReportRenderer {
    /** The first sheet: title and text. */
    public static final String OVERVIEW_SHEET = "概况";
    /** The last sheet: the annotations. */
    public static final String NOTES_SHEET = "审核意见";
    /** The header row of the notes sheet. */
    public static final List<String> NOTES_HEADER = List.of("序号", "单元格", "级别", "说明", "位置");

    static final String AUTHOR = "nianbao 审核";
    /** Height of one line of 11 pt text, in points. */
    private static final float LINE = 14.4f;
    /** The width of the overview sheet's text column, in characters. */
    private static final int TEXT_COLUMN = 90;

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public byte[] render(ReportDocument document, List<Annotation> annotations) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Rendering rendering = new Rendering(workbook, annotations);
            rendering.overview(document);
            for (ReportDocument.Part part : document.parts()) {
                if (part instanceof ReportDocument.Table table) {
                    rendering.table(table.grid());
                }
            }
            rendering.notes();
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Column widths of a table sheet, in characters: label columns wider. */
    static int[] columnWidths(int columns) {
        int[] widths = new int[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = columns == 4 ? (i == 0 ? 20 : 18)
                    : columns == 10 ? (i == 0 ? 6 : i == 1 ? 10 : i == 2 ? 30 : 9)
                    : columns == 15 ? 8 : 12;
        }
        return widths;
    }

    /** The display width of text in character widths: 2 for Chinese and other wide characters, 1 otherwise. */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) < '\u2E80' ? 1 : 2;
        }
        return width;
    }

    /** The lines text wraps to in a column of this width (in characters). */
    static int lines(String text, int width) {
        if (text.isEmpty()) {
            return 1;
        }
        int usable = Math.max(1, width - 1);
        return Math.max(1, (displayWidth(text) + usable - 1) / usable);
    }

    /** The state of one rendering: the workbook, its styles, and the numbering and places of the annotations. */
    private static final class Rendering {
        private final XSSFWorkbook workbook;
        private final XlsxRenderStyles styles;
        private final CreationHelper helper;
        private final List<Annotation> annotations;
        private final int[] numbers;
        private final @Nullable String[] places;
        private final Set<String> sheetNames = new HashSet<>();
        private int next = 1;

        Rendering(XSSFWorkbook workbook, List<Annotation> annotations) {
            this.workbook = workbook;
            this.styles = new XlsxRenderStyles(workbook);
            this.helper = workbook.getCreationHelper();
            this.annotations = List.copyOf(annotations);
            this.numbers = new int[this.annotations.size()];
            this.places = new String[this.annotations.size()];
        }

        /** The sheet 「概况」: title, a summary of the annotations, then each heading and paragraph. */
        void overview(ReportDocument document) {
            XSSFSheet sheet = sheet(OVERVIEW_SHEET);
            sheet.setColumnWidth(0, TEXT_COLUMN * 256);
            print(sheet, false);
            int r = 0;
            text(sheet, r++, document.title(), XlsxRenderStyles.Role.TITLE, 22f);
            if (!annotations.isEmpty()) {
                text(sheet, r++, summary(), XlsxRenderStyles.Role.TEXT, LINE);
            }
            r++;
            for (ReportDocument.Part part : document.parts()) {
                if (part instanceof ReportDocument.Heading heading) {
                    XSSFCell cell = text(sheet, r, heading.text(), XlsxRenderStyles.Role.HEADING, LINE);
                    heading(sheet, cell, heading.text());
                } else if (part instanceof ReportDocument.Paragraph paragraph) {
                    text(sheet, r, paragraph.text(), XlsxRenderStyles.Role.TEXT, LINE);
                } else {
                    String name = ((ReportDocument.Table) part).grid().name();
                    XSSFCell cell = text(sheet, r, "（" + name + "见「" + name + "」工作表）",
                            XlsxRenderStyles.Role.TEXT, LINE);
                    Hyperlink link = helper.createHyperlink(HyperlinkType.DOCUMENT);
                    link.setAddress(new CellReference(name, 0, 0, false, false).formatAsString());
                    cell.setHyperlink(link);
                }
                r++;
            }
        }

        /** 「审核意见：错误 2 条、警告 1 条（见「审核意见」工作表）」, severities in order of first appearance. */
        private String summary() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Annotation annotation : annotations) {
                counts.merge(annotation.severity(), 1, Integer::sum);
            }
            StringBuilder text = new StringBuilder("审核意见：");
            String separator = "";
            for (Map.Entry<String, Integer> count : counts.entrySet()) {
                text.append(separator).append(count.getKey()).append(' ').append(count.getValue()).append(" 条");
                separator = "、";
            }
            return text.append("（见「").append(NOTES_SHEET).append("」工作表）").toString();
        }

        private XSSFCell text(XSSFSheet sheet, int r, String text, XlsxRenderStyles.Role role, float line) {
            XSSFRow row = sheet.createRow(r);
            XSSFCell cell = row.createCell(0);
            cell.setCellValue(text);
            cell.setCellStyle(styles.style(role, null, null));
            int lines = lines(text, role == XlsxRenderStyles.Role.TITLE ? TEXT_COLUMN * 2 / 3 : TEXT_COLUMN);
            row.setHeightInPoints(Math.max(line, lines * line) + 2);
            return cell;
        }

        /** Marks a section heading with the annotations on that section's text. */
        private void heading(XSSFSheet sheet, XSSFCell cell, String text) {
            String path = null;
            for (Section section : Section.all()) {
                if (section.heading().equals(text)) {
                    path = CellPath.section(section).value();
                }
            }
            if (path == null) {
                return;
            }
            boolean covered = false;
            boolean error = false;
            List<Integer> markers = new ArrayList<>(0);
            for (int i = 0; i < annotations.size(); i++) {
                if (annotations.get(i).path().value().equals(path)) {
                    covered = true;
                    error |= annotations.get(i).error();
                    if (numbers[i] == 0) {
                        number(i, sheet, cell);
                        markers.add(i);
                    }
                }
            }
            if (covered) {
                cell.setCellStyle(styles.style(XlsxRenderStyles.Role.HEADING, null, fill(error)));
                comment(sheet, cell, markers);
            }
        }

        /** One table sheet: the grid from A1, merged regions, values typed, annotated cells filled and commented. */
        void table(Grid grid) {
            XSSFSheet sheet = sheet(grid.name());
            int[] widths = columnWidths(grid.columns());
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            XSSFRow[] rows = new XSSFRow[grid.rows()];
            int[] lines = new int[grid.rows()];
            for (int r = 0; r < rows.length; r++) {
                rows[r] = sheet.createRow(r);
                lines[r] = 1;
            }
            for (GridCell cell : grid.cells()) {
                draw(sheet, rows, cell);
                int width = 0;
                for (int c = cell.column(); c < cell.column() + cell.columnSpan() && c < widths.length; c++) {
                    width += widths[c];
                }
                int needed = (lines(cell.text(), width) + cell.rowSpan() - 1) / cell.rowSpan();
                for (int r = cell.row(); r < cell.row() + cell.rowSpan() && r < lines.length; r++) {
                    lines[r] = Math.max(lines[r], needed);
                }
            }
            for (int r = 0; r < rows.length; r++) {
                rows[r].setHeightInPoints(lines[r] * LINE + 4);
            }
            if (grid.headerRows() > 0) {
                sheet.createFreezePane(0, grid.headerRows());
                sheet.setRepeatingRows(new CellRangeAddress(0, grid.headerRows() - 1, -1, -1));
            }
            print(sheet, grid.columns() >= 10);
            sheet.setHorizontallyCenter(true);
        }

        /** A4, one page wide, as many pages long as needed. */
        private static void print(XSSFSheet sheet, boolean landscape) {
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(landscape);
            sheet.setFitToPage(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
        }

        private void draw(XSSFSheet sheet, XSSFRow[] rows, GridCell cell) {
            boolean covered = false;
            boolean error = false;
            List<Integer> markers = new ArrayList<>(0);
            XSSFCell anchor = cell(rows, cell.row(), cell.column());
            if (cell.path() != null) {
                for (int i = 0; i < annotations.size(); i++) {
                    Annotation annotation = annotations.get(i);
                    if (annotation.path().contains(cell.path())) {
                        covered = true;
                        error |= annotation.error();
                        if (numbers[i] == 0) {
                            number(i, sheet, anchor);
                            markers.add(i);
                        }
                    }
                }
            }
            String fill = covered ? fill(error) : null;
            XSSFCellStyle style = value(anchor, cell, fill);
            for (int r = cell.row(); r < cell.row() + cell.rowSpan() && r < rows.length; r++) {
                for (int c = cell.column(); c < cell.column() + cell.columnSpan(); c++) {
                    if (r != cell.row() || c != cell.column()) {
                        cell(rows, r, c).setCellStyle(style);
                    }
                }
            }
            if (cell.rowSpan() > 1 || cell.columnSpan() > 1) {
                sheet.addMergedRegionUnsafe(new CellRangeAddress(cell.row(), cell.row() + cell.rowSpan() - 1,
                        cell.column(), cell.column() + cell.columnSpan() - 1));
            }
            comment(sheet, anchor, markers);
        }

        private static XSSFCell cell(XSSFRow[] rows, int r, int c) {
            XSSFCell cell = rows[r].getCell(c);
            return cell != null ? cell : rows[r].createCell(c);
        }

        /** Writes the cell's content and style; returns the style, for the positions a merge covers. */
        private XSSFCellStyle value(XSSFCell target, GridCell cell, @Nullable String fill) {
            XSSFCellStyle style;
            if (cell.kind() == GridCell.Kind.HEADER) {
                style = styles.style(XlsxRenderStyles.Role.HEADER, null, fill);
                target.setCellValue(cell.text());
            } else if (cell.kind() == GridCell.Kind.LABEL) {
                style = styles.style(cell.rowSpan() > 1 ? XlsxRenderStyles.Role.GROUP_LABEL
                        : XlsxRenderStyles.Role.LABEL, null, fill);
                target.setCellValue(cell.text());
            } else {
                style = number(target, cell.value(), cell.text(), fill);
            }
            target.setCellStyle(style);
            return style;
        }

        /** A value: a count or an exact amount as a number, a blank as nothing, anything else as text. */
        private XSSFCellStyle number(XSSFCell target, @Nullable Cell value, String text, @Nullable String fill) {
            if (value instanceof Cell.Count count && Math.abs(count.value()) <= (1L << 53)) {
                target.setCellValue((double) count.value());
                return styles.style(XlsxRenderStyles.Role.VALUE, "0", fill);
            }
            if (value instanceof Cell.Amount amount && amount.unit() == null) {
                BigDecimal decimal = amount.value();
                double number = decimal.doubleValue();
                int scale = Math.max(0, decimal.scale());
                if (scale <= 15 && !Double.isInfinite(number)
                        && new BigDecimal(Double.toString(number)).compareTo(decimal) == 0) {
                    target.setCellValue(number);
                    return styles.style(XlsxRenderStyles.Role.VALUE, scale == 0 ? "0" : "0." + "0".repeat(scale), fill);
                }
            }
            if (text.isEmpty()) {
                target.setBlank();
                return styles.style(XlsxRenderStyles.Role.VALUE, null, fill);
            }
            target.setCellValue(text);
            return styles.style(XlsxRenderStyles.Role.VALUE, "@", fill);
        }

        private void number(int index, XSSFSheet sheet, XSSFCell cell) {
            numbers[index] = next++;
            places[index] = new CellReference(sheet.getSheetName(), cell.getRowIndex(), cell.getColumnIndex(),
                    false, false).formatAsString();
        }

        /** The comment of the notes first drawn on a cell: one line 「[n] 错误：message」 each. */
        private void comment(XSSFSheet sheet, XSSFCell cell, List<Integer> markers) {
            if (markers.isEmpty()) {
                return;
            }
            StringBuilder text = new StringBuilder();
            for (int i : markers) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                Annotation annotation = annotations.get(i);
                text.append('[').append(numbers[i]).append("] ").append(annotation.severity()).append('：')
                        .append(annotation.message());
            }
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            ClientAnchor anchor = helper.createClientAnchor();
            anchor.setCol1(cell.getColumnIndex() + 1);
            anchor.setCol2(cell.getColumnIndex() + 5);
            anchor.setRow1(cell.getRowIndex());
            anchor.setRow2(cell.getRowIndex() + 3 + markers.size());
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(helper.createRichTextString(text.toString()));
            comment.setAuthor(AUTHOR);
            cell.setCellComment(comment);
        }

        /** The sheet 「审核意见」: a header row, then the annotations in number order. */
        void notes() {
            for (int i = 0; i < annotations.size(); i++) {
                if (numbers[i] == 0) {
                    numbers[i] = next++;
                }
            }
            XSSFSheet sheet = sheet(NOTES_SHEET);
            int[] widths = {6, 44, 8, 60, 14};
            XSSFRow header = sheet.createRow(0);
            for (int c = 0; c < NOTES_HEADER.size(); c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
                XSSFCell cell = header.createCell(c);
                cell.setCellValue(NOTES_HEADER.get(c));
                cell.setCellStyle(styles.style(XlsxRenderStyles.Role.HEADER, null, null));
            }
            Integer[] order = new Integer[annotations.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(numbers[a], numbers[b]));
            XSSFCellStyle list = styles.style(XlsxRenderStyles.Role.LIST, null, null);
            int r = 1;
            for (int i : order) {
                Annotation annotation = annotations.get(i);
                XSSFRow row = sheet.createRow(r++);
                XSSFCell number = row.createCell(0);
                number.setCellValue(numbers[i]);
                number.setCellStyle(styles.style(XlsxRenderStyles.Role.LIST, "0", null));
                listCell(row, 1, annotation.path().value(), list);
                listCell(row, 2, annotation.severity(), styles.style(XlsxRenderStyles.Role.LIST, null,
                        fill(annotation.error())));
                listCell(row, 3, annotation.message(), list);
                String at = places[i];
                XSSFCell place = listCell(row, 4, at == null ? "" : at, list);
                if (at != null) {
                    Hyperlink link = helper.createHyperlink(HyperlinkType.DOCUMENT);
                    link.setAddress(at);
                    place.setHyperlink(link);
                }
                int lines = Math.max(lines(annotation.message(), widths[3]), lines(annotation.path().value(), widths[1]));
                row.setHeightInPoints(lines * LINE + 4);
            }
            sheet.createFreezePane(0, 1);
            sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
            print(sheet, true);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, NOTES_HEADER.size() - 1));
        }

        private static XSSFCell listCell(XSSFRow row, int column, String text, XSSFCellStyle style) {
            XSSFCell cell = row.createCell(column);
            cell.setCellValue(text);
            cell.setCellStyle(style);
            return cell;
        }

        /** A new sheet with a safe, unique name. */
        private XSSFSheet sheet(String name) {
            String safe = WorkbookUtil.createSafeSheetName(name);
            String unique = safe;
            for (int i = 2; !sheetNames.add(unique); i++) {
                unique = safe + "（" + i + "）";
            }
            return workbook.createSheet(unique);
        }
    }


    private static String fill(boolean error) {
        return error ? XlsxRenderStyles.ERROR_FILL : XlsxRenderStyles.WARNING_FILL;
    }
}
