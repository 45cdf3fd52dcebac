package org.nianbao.formats.doc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.jspecify.annotations.Nullable;
import org.nianbao.formats.docx.WordBlocks;
import org.nianbao.formats.docx.WordContent;

/**
 * Builds the {@link WordContent} of a HWPF range: paragraphs in order, a run of table paragraphs as one table (a
 * table in a cell as a nested table), field codes dropped and their results kept, soft line breaks (vertical tab),
 * page and column breaks splitting lines, Word's other control characters, deleted and hidden text dropped.
 *
 * <p>Cells are placed on the grid of the table's column edges: the left and right edges of every cell of every row,
 * edges closer than {@value #EDGE_TOLERANCE} twips taken as one. A cell spanning several columns gives its text in
 * the first, a row starting right of the table's left edge gets empty positions before its first cell. When the
 * edges are unusable (widths not positive, cells overlapping) or make more than
 * {@link WordBlocks#MAX_GRID_COLUMNS} columns, cells are taken one position each, as stored.
 */
final class DocBodyReader {
    /** Edges closer than this (in twips, 1/1440 inch; 36 twips is about 0.6 mm) are one column edge. */
    static final int EDGE_TOLERANCE = 36;

    private final WordBlocks budget;

    DocBodyReader(WordBlocks budget) {
        this.budget = budget;
    }

    WordContent content(Range range) {
        WordContent content = new WordContent();
        read(range, 0, content);
        return content;
    }

    /** Reads the paragraphs of a range whose own table level is {@code level} (0 for the body). */
    private void read(Range range, int level, WordContent out) {
        int count = range.numParagraphs();
        for (int i = 0; i < count; i++) {
            Paragraph paragraph = range.getParagraph(i);
            int paragraphLevel = paragraph.isInTable() ? Math.max(1, paragraph.getTableLevel()) : 0;
            if (paragraphLevel > level) {
                @Nullable Table table = tableAt(range, paragraph);
                if (table != null) {
                    budget.checkNesting(level + 1);
                    out.addTable(table(table, level + 1));
                    i += Math.max(1, table.numParagraphs()) - 1;
                    continue;
                }
            }
            paragraph(paragraph, out);
        }
    }

    /** The table starting at the paragraph, or null when HWPF cannot delimit one there (the text is read as is). */
    private static @Nullable Table tableAt(
            Range range, Paragraph paragraph) {
        try {
            return range.getTable(paragraph);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private WordContent.Table table(Table table, int level) {
        int rowCount = table.numRows();
        List<TableRow> rows = new ArrayList<>(rowCount);
        for (int r = 0; r < rowCount; r++) {
            rows.add(table.getRow(r));
        }
        @Nullable Grid grid = Grid.of(rows);
        List<WordContent.Row> result = new ArrayList<>(rowCount);
        for (TableRow row : rows) {
            List<WordContent.Cell> cells = new ArrayList<>();
            int cellCount = row.numCells();
            int position = 0;
            for (int c = 0; c < cellCount; c++) {
                TableCell cell = row.getCell(c);
                int span = 1;
                if (grid != null) {
                    int start = grid.index(cell.getLeftEdge());
                    int end = grid.index(cell.getLeftEdge() + cell.getWidth());
                    if (start > position) {
                        cells.add(WordContent.Cell.empty(start - position));
                    }
                    span = Math.max(1, end - Math.max(start, position));
                    position = Math.max(start, position) + span;
                }
                boolean covered = cell.isMerged() && !cell.isFirstMerged()
                        || cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
                WordContent content = new WordContent();
                read(cell, level, content);
                cells.add(new WordContent.Cell(span, covered, content));
            }
            if (grid != null && position < grid.columns()) {
                cells.add(WordContent.Cell.empty(grid.columns() - position));
            }
            WordContent.Row converted = new WordContent.Row(cells);
            budget.countRow(converted);
            result.add(converted);
        }
        return new WordContent.Table(result);
    }

    /**
     * Splits a paragraph's text into lines at soft line, page and column breaks; drops fields' codes, text marked
     * deleted in tracked changes and hidden text. The field marks of a dropped run still count, so that a field
     * whose marks are hidden keeps its code out.
     */
    private void paragraph(Paragraph paragraph, WordContent out) {
        Line line = new Line();
        int runs = paragraph.numCharacterRuns();
        for (int r = 0; r < runs; r++) {
            CharacterRun run = paragraph.getCharacterRun(r);
            line.add(run.text(), run.isMarkedDeleted() || run.isVanished(), out);
        }
        line.end(out);
    }

    /** The text of one paragraph as its runs come, cut into lines. */
    private final class Line {
        private final StringBuilder text = new StringBuilder();
        private final BitSet inCode = new BitSet();
        private int depth;
        private int codes;

        void add(String run, boolean dropped, WordContent out) {
            for (int i = 0; i < run.length(); i++) {
                char c = run.charAt(i);
                if (field(c) || codes > 0 || dropped) {
                    continue;
                }
                if (c == '\u000b' || c == '\u000c' || c == '\u000e') {
                    // soft line break, page or section break, column break
                    flush(out);
                } else if (c == '\t') {
                    text.append(c);
                } else if (c == '\u001e') {
                    text.append('-'); // non-breaking hyphen
                } else if (c >= ' ' && c != '\u007f') {
                    text.append(c);
                }
                // other control characters: the paragraph and cell marks (\r, \u0007), pictures, drawn objects,
                // footnote and comment marks, optional hyphens
            }
        }

        /** Follows field begin, separator and end marks; true when {@code c} is one. */
        private boolean field(char c) {
            switch (c) {
                case '\u0013': // begin: the code follows
                    depth++;
                    inCode.set(depth);
                    codes++;
                    return true;
                case '\u0014': // separator: the result follows
                    if (depth > 0 && inCode.get(depth)) {
                        inCode.clear(depth);
                        codes--;
                    }
                    return true;
                case '\u0015': // end
                    if (depth > 0) {
                        if (inCode.get(depth)) {
                            inCode.clear(depth);
                            codes--;
                        }
                        depth--;
                    }
                    return true;
                default:
                    return false;
            }
        }

        void end(WordContent out) {
            flush(out);
        }

        /** Ends the current line; an empty one is left out (it would be dropped anyway). */
        private void flush(WordContent out) {
            if (text.length() > 0) {
                budget.countLine();
                out.addLine(text.toString());
                text.setLength(0);
            }
        }
    }

    /** The column edges of a table: the union of its cells' edges, near ones merged. */
    private static final class Grid {
        private final int[] low;
        private final int[] high;

        private Grid(int[] low, int[] high) {
            this.low = low;
            this.high = high;
        }

        /** The grid of the rows, or null when their edges are unusable. */
        static @Nullable Grid of(List<TableRow> rows) {
            int total = 0;
            for (TableRow row : rows) {
                total += row.numCells();
            }
            int[] edges = new int[2 * total];
            int n = 0;
            for (TableRow row : rows) {
                long previousRight = Long.MIN_VALUE / 2;
                for (int c = 0; c < row.numCells(); c++) {
                    TableCell cell = row.getCell(c);
                    int left = cell.getLeftEdge();
                    int width = cell.getWidth();
                    if (width <= 0 || left < previousRight - EDGE_TOLERANCE) {
                        return null;
                    }
                    previousRight = left + width;
                    edges[n++] = left;
                    edges[n++] = left + width;
                }
            }
            if (n == 0) {
                return null;
            }
            Arrays.sort(edges, 0, n);
            int[] low = new int[n];
            int[] high = new int[n];
            int clusters = 0;
            for (int i = 0; i < n; i++) {
                if (clusters > 0 && edges[i] - high[clusters - 1] <= EDGE_TOLERANCE) {
                    high[clusters - 1] = edges[i];
                } else {
                    low[clusters] = edges[i];
                    high[clusters] = edges[i];
                    clusters++;
                }
            }
            if (clusters - 1 > WordBlocks.MAX_GRID_COLUMNS) {
                return null;
            }
            return new Grid(Arrays.copyOf(low, clusters), Arrays.copyOf(high, clusters));
        }

        /** The number of columns between the edges. */
        int columns() {
            return low.length - 1;
        }

        /** The index of the edge nearest to {@code x}. */
        int index(int x) {
            int i = Arrays.binarySearch(low, x);
            if (i >= 0) {
                return i;
            }
            int insertion = -i - 1;
            if (insertion == 0) {
                return 0;
            }
            int before = insertion - 1;
            if (insertion >= low.length || x <= high[before]
                    || x - high[before] <= low[insertion] - x) {
                return before;
            }
            return insertion;
        }
    }
}
