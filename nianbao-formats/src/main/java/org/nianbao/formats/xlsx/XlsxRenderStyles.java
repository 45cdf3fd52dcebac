package org.nianbao.formats.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The cell styles of one workbook, made once each and shared (a workbook holds at most 64,000 styles): by role
 * (header, label, value, text), number format and fill. The default font is 宋体 11 pt. Mutable, confined to one
 * rendering.
 */
final class XlsxRenderStyles {
    static final String FONT = "宋体";
    /** Light red: the fill of a cell with an error. */
    static final String ERROR_FILL = "FFC7CE";
    /** Light amber: the fill of a cell with a warning or a note only. */
    static final String WARNING_FILL = "FFEB9C";

    /** What a cell is, for its style. */
    enum Role {
        /** A caption or column header in a table: bold, centred, bordered. */
        HEADER,
        /** A row label in a table: left, wrapped, bordered. */
        LABEL,
        /** A row label running down several rows: centred. */
        GROUP_LABEL,
        /** A value in a table: centred, bordered. */
        VALUE,
        /** The title on the overview sheet: bold, 16 pt. */
        TITLE,
        /** A heading on the overview sheet or the header of the notes sheet: bold. */
        HEADING,
        /** Running text: wrapped, top-aligned, no border. */
        TEXT,
        /** A row of the notes sheet: wrapped, top-aligned, bordered. */
        LIST
    }

    private final XSSFWorkbook workbook;
    private final Map<String, XSSFCellStyle> styles = new HashMap<>();
    private final XSSFFont bold;
    private final XSSFFont title;

    XlsxRenderStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        XSSFFont normal = workbook.getFontAt(0);
        normal.setFontName(FONT);
        normal.setFontHeightInPoints((short) 11);
        bold = workbook.createFont();
        bold.setFontName(FONT);
        bold.setFontHeightInPoints((short) 11);
        bold.setBold(true);
        title = workbook.createFont();
        title.setFontName(FONT);
        title.setFontHeightInPoints((short) 16);
        title.setBold(true);
    }

    /**
     * The style of a cell.
     *
     * @param role what the cell is
     * @param format the number format ("0", "0.00"), or null for General ("@" for text that must stay text)
     * @param fill the fill (RRGGBB), or null for none
     */
    XSSFCellStyle style(Role role, @Nullable String format, @Nullable String fill) {
        String key = role + "|" + format + "|" + fill;
        XSSFCellStyle style = styles.get(key);
        if (style == null) {
            style = create(role, format, fill);
            styles.put(key, style);
        }
        return style;
    }

    private XSSFCellStyle create(Role role, @Nullable String format, @Nullable String fill) {
        XSSFCellStyle style = workbook.createCellStyle();
        switch (role) {
            case HEADER:
                style.setFont(bold);
                style.setAlignment(HorizontalAlignment.CENTER);
                style.setVerticalAlignment(VerticalAlignment.CENTER);
                style.setWrapText(true);
                borders(style);
                break;
            case LABEL:
                style.setAlignment(HorizontalAlignment.LEFT);
                style.setVerticalAlignment(VerticalAlignment.CENTER);
                style.setWrapText(true);
                borders(style);
                break;
            case GROUP_LABEL:
            case VALUE:
                style.setAlignment(HorizontalAlignment.CENTER);
                style.setVerticalAlignment(VerticalAlignment.CENTER);
                style.setWrapText(true);
                borders(style);
                break;
            case TITLE:
                style.setFont(title);
                style.setWrapText(true);
                style.setVerticalAlignment(VerticalAlignment.CENTER);
                break;
            case HEADING:
                style.setFont(bold);
                style.setVerticalAlignment(VerticalAlignment.CENTER);
                style.setWrapText(true);
                break;
            case LIST:
                style.setWrapText(true);
                style.setVerticalAlignment(VerticalAlignment.TOP);
                borders(style);
                break;
            default:
                style.setWrapText(true);
                style.setVerticalAlignment(VerticalAlignment.TOP);
                break;
        }
        if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        if (fill != null) {
            style.setFillForegroundColor(color(fill));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }

    private static void borders(XSSFCellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }

    private static XSSFColor color(String hex) {
        byte[] rgb = new byte[3];
        for (int i = 0; i < 3; i++) {
            rgb[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return new XSSFColor(rgb, null);
    }
}
