package org.nianbao.core.recognition;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.report.Cell;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.CellTable;
import org.nianbao.core.report.FormatVersion;
import org.nianbao.core.report.ProactiveColumn;
import org.nianbao.core.report.ProactiveItem;
import org.nianbao.core.report.Provenance.ReadingNote;

/**
 * Reads table 二: each row by the label at the end of the text before its numbers (captions and headers may be
 * run into it), its values by the columns the format gives that row.
 */
final class ProactiveTableReader {
    private static final Map<ProactiveItem, CellPath> ROW_PATHS = CellPath.rows(CellPath.PROACTIVE, ProactiveItem.class);

    private final ProvenanceBuilder provenance;

    ProactiveTableReader(ProvenanceBuilder provenance) {
        this.provenance = provenance;
    }

    @Nullable CellTable<ProactiveItem, ProactiveColumn> read(List<SourceLine> lines, FormatVersion version) {
        List<ProactiveItem> items = ProactiveItem.items(version);
        Map<ProactiveItem, Segment> found = new EnumMap<>(ProactiveItem.class);
        StringBuilder pending = new StringBuilder();
        List<SourceLine> tableLines = new ArrayList<>();
        for (SourceLine line : lines) {
            if (line.hasValues() || line.key().length() <= 40) {
                tableLines.add(line);
            }
            for (Segment segment : line.segments()) {
                if (!segment.hasValues()) {
                    pending.append(segment.label());
                    continue;
                }
                String label = pending + segment.label();
                pending.setLength(0);
                ProactiveItem item = itemOf(label, items, version);
                if (item != null && !found.containsKey(item)) {
                    found.put(item, segment);
                }
            }
        }
        if (found.isEmpty()) {
            return null;
        }
        LabelVariants.record(Lexicon.PROACTIVE_LABELS, version, tableLines, provenance);
        CellTable.Builder<ProactiveItem, ProactiveColumn> table = CellTable.builder();
        for (ProactiveItem item : items) {
            List<ProactiveColumn> columns = item.columns(version);
            Segment segment = found.get(item);
            CellPath row = ROW_PATHS.get(item);
            List<Slot> slots = List.of();
            if (segment == null) {
                provenance.note(ReadingNote.Kind.ROW_NOT_FOUND, row, null, "");
            } else {
                provenance.line(row, segment.line());
                slots = segment.positioned(columns.size());
                if (slots.isEmpty()) {
                    provenance.note(ReadingNote.Kind.UNPLACEABLE, row, segment.line(), segment.printed());
                }
            }
            for (int i = 0; i < columns.size(); i++) {
                ProactiveColumn column = columns.get(i);
                table.put(item, column, slots.isEmpty() ? Cell.BLANK : cell(slots.get(i), column));
            }
        }
        return table.build();
    }

    private static Cell cell(Slot slot, ProactiveColumn column) {
        switch (column.type()) {
            case AMOUNT:
                return slot.toAmount();
            case AMOUNT_WITH_UNIT:
                return slot.toAmountWithUnit();
            default:
                return slot.toCount();
        }
    }

    /** The row whose label ends the text (the latest one printed), or null. */
    private static @Nullable ProactiveItem itemOf(String label, List<ProactiveItem> items, FormatVersion version) {
        ProactiveItem best = null;
        int bestEnd = -1;
        int bestLength = 0;
        for (ProactiveItem item : items) {
            for (String name : names(item, version)) {
                int at = label.lastIndexOf(name);
                if (at < 0) {
                    continue;
                }
                int end = at + name.length();
                if (end > bestEnd || end == bestEnd && name.length() > bestLength) {
                    best = item;
                    bestEnd = end;
                    bestLength = name.length();
                }
            }
        }
        return best;
    }

    /** The match keys of each item's label in each format, worked out once. */
    private static final Map<FormatVersion, Map<ProactiveItem, List<String>>> NAMES = new EnumMap<>(FormatVersion.class);

    static {
        for (FormatVersion version : FormatVersion.values()) {
            Map<ProactiveItem, List<String>> names = new EnumMap<>(ProactiveItem.class);
            for (ProactiveItem item : ProactiveItem.values()) {
                names.put(item, List.copyOf(computeNames(item, version)));
            }
            NAMES.put(version, names);
        }
    }

    private static List<String> names(ProactiveItem item, FormatVersion version) {
        return NAMES.get(version).get(item);
    }

    private static List<String> computeNames(ProactiveItem item, FormatVersion version) {
        List<String> names = new ArrayList<>(2);
        String label = item.label(version);
        if (label != null) {
            names.add(Text.key(label));
        }
        if (item == ProactiveItem.NORMATIVE_DOC) {
            names.add("规范性文件");
        }
        return names;
    }
}
