package org.nianbao.formats.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.rendering.Annotation;
import org.nianbao.core.rendering.Grid;
import org.nianbao.core.rendering.GridCell;
import org.nianbao.core.rendering.ReportDocument;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.Section;

/**
 * Where each note of an annotated copy goes and its number, shared by the HTML (and so PDF) and Markdown renderers.
 *
 * <ul>
 *   <li>A note whose path is a drawn cell's path, or a prefix of it followed by a dot (a row, a table), marks
 *       those cells and is listed after their table.
 *   <li>A note on a section ({@code sections.other}, or a path below it) is listed under the section's heading.
 *   <li>A note naming a table but no drawn cell ({@code applications.column.org_public_interest}) is listed after
 *       that table without marking a cell.
 *   <li>Anything else (the title, a section the document does not draw) is listed under the title.
 * </ul>
 *
 * <p>Notes are numbered 1, 2, 3… in the order they are listed: those under the title, then down the document; in
 * a table by the position of the first cell they mark (row by row), notes marking no cell last; otherwise in the
 * order given. Immutable.
 */
public final class ReportNotes {

    /**
     * A numbered note.
     *
     * @param number its number in the document, from 1
     * @param annotation the note
     */
    public record Note(int number, Annotation annotation) {
        /** The anchor id of its entry in a list of notes. */
        public String id() {
            return "note-" + number;
        }
    }

    private final List<Note> general;
    private final Map<Integer, List<Note>> byPart;
    private final Map<CellPath, List<Note>> byCell;

    private ReportNotes(List<Note> general, Map<Integer, List<Note>> byPart, Map<CellPath, List<Note>> byCell) {
        this.general = general;
        this.byPart = byPart;
        this.byCell = byCell;
    }

    /** Places and numbers the notes of a document. */
    public static ReportNotes of(ReportDocument document, List<Annotation> annotations) {
        List<ReportDocument.Part> parts = document.parts();
        List<Annotation> general = new ArrayList<>();
        Map<Integer, List<Placed>> placed = new HashMap<>();
        for (int index = 0; index < annotations.size(); index++) {
            Annotation annotation = annotations.get(index);
            Home home = home(parts, annotation.path());
            if (home == null) {
                general.add(annotation);
            } else {
                placed.computeIfAbsent(home.part, p -> new ArrayList<>())
                        .add(new Placed(annotation, home.firstCell, index));
            }
        }
        int[] number = {0};
        List<Note> generalNotes = new ArrayList<>();
        general.forEach(annotation -> generalNotes.add(new Note(++number[0], annotation)));
        Map<Integer, List<Note>> byPart = new LinkedHashMap<>();
        Map<CellPath, List<Note>> byCell = new HashMap<>();
        for (int part = 0; part < parts.size(); part++) {
            List<Placed> here = placed.get(part);
            if (here == null) {
                continue;
            }
            here.sort(Comparator.comparingInt(Placed::order).thenComparingInt(Placed::index));
            List<Note> notes = new ArrayList<>();
            for (Placed p : here) {
                Note note = new Note(++number[0], p.annotation);
                notes.add(note);
                if (parts.get(part) instanceof ReportDocument.Table table) {
                    for (GridCell cell : table.grid().cells()) {
                        if (cell.path() != null && p.annotation.path().contains(cell.path())) {
                            byCell.computeIfAbsent(cell.path(), c -> new ArrayList<>()).add(note);
                        }
                    }
                }
            }
            byPart.put(part, List.copyOf(notes));
        }
        byCell.replaceAll((cell, notes) -> List.copyOf(notes));
        return new ReportNotes(List.copyOf(generalNotes), byPart, byCell);
    }

    /** The notes listed under the title. */
    public List<Note> general() {
        return general;
    }

    /** The notes listed under the heading at {@code part}. */
    public List<Note> underHeading(int part) {
        return byPart.getOrDefault(part, List.of());
    }

    /** The notes listed after the table at {@code part}. */
    public List<Note> afterTable(int part) {
        return byPart.getOrDefault(part, List.of());
    }

    /** The notes marking a cell, by number. */
    public List<Note> on(GridCell cell) {
        return cell.path() == null ? List.of() : byCell.getOrDefault(cell.path(), List.of());
    }

    /** A note's place: a part, and for a table the grid position of the first cell it marks. */
    private record Home(int part, int firstCell) {}

    private record Placed(Annotation annotation, int order, int index) {}

    private static @Nullable Home home(List<ReportDocument.Part> parts, CellPath path) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof ReportDocument.Table table) {
                Grid grid = table.grid();
                for (GridCell cell : grid.cells()) {
                    if (cell.path() != null && path.contains(cell.path())) {
                        return new Home(i, cell.row() * grid.columns() + cell.column());
                    }
                }
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof ReportDocument.Heading heading) {
                Section section = section(heading.text());
                if (section != null && CellPath.section(section).contains(path)) {
                    return new Home(i, 0);
                }
            }
        }
        String table = first(path.value());
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof ReportDocument.Table t && table.equals(tablePath(t.grid()))) {
                return new Home(i, Integer.MAX_VALUE);
            }
        }
        return null;
    }

    /** The section whose official heading this is, or null. */
    static @Nullable Section section(String heading) {
        for (Section section : Section.all()) {
            if (section.heading().equals(heading)) {
                return section;
            }
        }
        return null;
    }

    /** The first segment of the grid's value paths ({@code applications}), or "". */
    private static String tablePath(Grid grid) {
        for (GridCell cell : grid.cells()) {
            if (cell.path() != null) {
                return first(cell.path().value());
            }
        }
        return "";
    }

    private static String first(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(0, dot);
    }
}
