package org.nianbao.formats.docx;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.rendering.Annotation;
import org.nianbao.core.rendering.Grid;
import org.nianbao.core.rendering.GridCell;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.Section;

/**
 * Numbers the annotations of one rendering in reading order and says where each is drawn. An annotation covers the
 * grid cells whose path is its path or lies under it (a row annotation covers the row's cells): every covered cell
 * is shaded, and the first covered cell carries its note, numbered 「[n]」, as a Word comment. An annotation on a
 * section's text is a comment on that section's heading; one that no cell or heading shows (a column label, a path the layout does not draw) is only
 * listed. Mutable, confined to one rendering.
 */
final class DocxRenderNotes {
    /** Light red: the fill of a cell with an error. */
    static final String ERROR_FILL = "FFC7CE";
    /** Light amber: the fill of a cell with a warning or a note only. */
    static final String WARNING_FILL = "FFEB9C";

    private final List<Annotation> annotations;
    private final int[] numbers;
    private final List<Numbered> outsideTables = new ArrayList<>();
    private int next = 1;

    DocxRenderNotes(List<Annotation> annotations) {
        this.annotations = List.copyOf(annotations);
        this.numbers = new int[this.annotations.size()];
    }

    /** An annotation with its number. */
    record Numbered(int number, Annotation annotation) {}

    /**
     * What one grid cell shows of the annotations.
     *
     * @param fill the shading (RRGGBB), null when no annotation covers the cell
     * @param markers the notes first drawn on this cell (its comments), in number order
     */
    record CellNotes(@Nullable String fill, List<Numbered> markers) {
        static final CellNotes NONE = new CellNotes(null, List.of());
    }

    /**
     * The notes of one table: what each cell shows, and the annotations first drawn in it (listed after it).
     *
     * @param cells the notes of each cell of {@code grid.cells()}, by index
     * @param listed the annotations numbered in this table, in number order
     */
    record TableNotes(List<CellNotes> cells, List<Numbered> listed) {}

    boolean isEmpty() {
        return annotations.isEmpty();
    }

    /** Numbers the annotations first drawn in this grid, walking its cells in row-major order. */
    TableNotes table(Grid grid) {
        List<CellNotes> cells = new ArrayList<>(grid.cells().size());
        List<Numbered> listed = new ArrayList<>();
        for (GridCell cell : grid.cells()) {
            if (annotations.isEmpty() || cell.path() == null) {
                cells.add(CellNotes.NONE);
                continue;
            }
            boolean covered = false;
            boolean error = false;
            List<Numbered> markers = new ArrayList<>(0);
            for (int i = 0; i < annotations.size(); i++) {
                Annotation annotation = annotations.get(i);
                if (!annotation.path().contains(cell.path())) {
                    continue;
                }
                covered = true;
                error |= annotation.error();
                if (numbers[i] == 0) {
                    numbers[i] = next++;
                    Numbered numbered = new Numbered(numbers[i], annotation);
                    markers.add(numbered);
                    listed.add(numbered);
                }
            }
            cells.add(covered ? new CellNotes(error ? ERROR_FILL : WARNING_FILL, markers) : CellNotes.NONE);
        }
        return new TableNotes(cells, listed);
    }

    /** Numbers the annotations on the text of the section with this heading; they are listed at the end. */
    List<Numbered> heading(String text) {
        if (annotations.isEmpty()) {
            return List.of();
        }
        String path = null;
        for (Section section : Section.all()) {
            if (section.heading().equals(text)) {
                path = CellPath.section(section).value();
            }
        }
        List<Numbered> markers = new ArrayList<>(0);
        for (int i = 0; i < annotations.size(); i++) {
            if (numbers[i] == 0 && annotations.get(i).path().value().equals(path)) {
                numbers[i] = next++;
                Numbered numbered = new Numbered(numbers[i], annotations.get(i));
                markers.add(numbered);
                outsideTables.add(numbered);
            }
        }
        return markers;
    }

    /** The annotations not drawn in a table: those on headings, then the ones nothing showed, numbered now. */
    List<Numbered> remaining() {
        List<Numbered> rest = new ArrayList<>(outsideTables);
        for (int i = 0; i < annotations.size(); i++) {
            if (numbers[i] == 0) {
                numbers[i] = next++;
                rest.add(new Numbered(numbers[i], annotations.get(i)));
            }
        }
        return rest;
    }


    /** The number of a note as printed in its comment and in the lists, 「[n]」. */
    static String marker(int number) {
        return "[" + number + "]";
    }
}
