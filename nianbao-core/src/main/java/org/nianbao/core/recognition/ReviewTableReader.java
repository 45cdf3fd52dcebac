package org.nianbao.core.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.report.Cell;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.CellTable;
import org.nianbao.core.report.Provenance.ReadingNote;
import org.nianbao.core.report.ReviewGroup;
import org.nianbao.core.report.ReviewOutcome;

/**
 * Reads table 四: one row of fifteen values, 行政复议 then the two 行政诉讼 groups. Empty cells are placed by
 * their position when the reader kept the cells; otherwise exactly fifteen numbers are needed.
 */
final class ReviewTableReader {
    private static final int VALUES = 15;

    private static final Map<ReviewGroup, CellPath> ROW_PATHS = CellPath.rows(CellPath.REVIEW_LITIGATION, ReviewGroup.class);

    private final ProvenanceBuilder provenance;

    ReviewTableReader(ProvenanceBuilder provenance) {
        this.provenance = provenance;
    }

    /**
     * The values row of a reader's table whose grid is the template's fifteen columns: every cell a number or
     * empty. Its cells are placed by position, so a blank at either end of the row stays where it is.
     */
    private static @Nullable SourceLine gridRow(List<SourceLine> lines) {
        for (SourceLine line : lines) {
            if (line.table() < 0 || line.cells().size() != VALUES || !line.hasValues()) {
                continue;
            }
            if (line.cells().stream().allMatch(cell -> Text.isKeyless(cell) || Slot.parse(Text.key(cell)) != null)) {
                return line;
            }
        }
        return null;
    }

    private static List<Slot> gridSlots(SourceLine row) {
        List<Slot> slots = new ArrayList<>(VALUES);
        for (String cell : row.cells()) {
            slots.add(Text.isKeyless(cell) ? Slot.EMPTY : Slot.parse(Text.key(cell)));
        }
        return slots;
    }

    @Nullable CellTable<ReviewGroup, ReviewOutcome> read(List<SourceLine> lines) {
        List<Segment> segments = new ArrayList<>();
        for (SourceLine line : lines) {
            for (Segment segment : line.segments()) {
                if (segment.hasValues() && !segment.numbers().isEmpty()) {
                    segments.add(segment);
                }
            }
        }
        if (segments.isEmpty()) {
            return null;
        }
        SourceLine gridRow = gridRow(lines);
        List<Slot> slots = gridRow != null ? gridSlots(gridRow) : segments.get(0).positioned(VALUES);
        int line = gridRow != null ? gridRow.line() : segments.get(0).line();
        if (slots.isEmpty()) {
            List<Slot> numbers = new ArrayList<>();
            for (Segment segment : segments) {
                numbers.addAll(segment.numbers());
            }
            if (numbers.size() == VALUES) {
                slots = numbers;
            }
        }
        CellTable.Builder<ReviewGroup, ReviewOutcome> table = CellTable.builder();
        for (ReviewGroup group : ReviewGroup.all()) {
            CellPath row = ROW_PATHS.get(group);
            provenance.line(row, line);
            if (slots.isEmpty()) {
                StringBuilder printed = new StringBuilder();
                for (Segment segment : segments) {
                    printed.append(printed.length() == 0 ? "" : " ").append(segment.printed());
                }
                provenance.note(ReadingNote.Kind.UNPLACEABLE, row, line, printed.toString());
            }
            for (ReviewOutcome outcome : ReviewOutcome.all()) {
                Cell cell = slots.isEmpty()
                        ? Cell.BLANK
                        : slots.get(group.ordinal() * ReviewOutcome.all().size() + outcome.ordinal()).toCount();
                table.put(group, outcome, cell);
            }
        }
        return table.build();
    }
}
