package org.nianbao.formats.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nianbao.core.rendering.Grid;

/**
 * Column widths, in percent of the table width, that give each official table its proportions on an A4 page: the
 * label columns wide enough for the labels to wrap over two or three lines, the value columns equal. Stateless.
 */
final class ColumnWidths {
    private ColumnWidths() {}

    /** The widths of the grid's columns, as CSS percentages summing to 100%. */
    static List<String> of(Grid grid) {
        double[] widths;
        if (grid.columns() == 4) {
            // 表二: 信息内容, then three value columns (a single value spans them)
            widths = new double[] {34, 22, 22, 22};
        } else if (grid.columns() == 10) {
            // 表三: 三、本年度办理结果 (narrow, as the template prints it down the column), the group, the item;
            // then seven value columns
            widths = new double[10];
            widths[0] = 6;
            widths[1] = 11;
            widths[2] = 34;
            for (int i = 3; i < 10; i++) {
                widths[i] = 7;
            }
        } else {
            widths = new double[grid.columns()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = 100.0 / widths.length;
            }
        }
        List<String> css = new ArrayList<>(widths.length);
        for (double width : widths) {
            css.add(String.format(Locale.ROOT, "%.2f%%", width));
        }
        return css;
    }
}
