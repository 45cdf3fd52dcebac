package org.nianbao.core.recognition;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.report.ApplicantColumn;
import org.nianbao.core.report.ApplicationRow;
import org.nianbao.core.report.Cell;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.CellTable;
import org.nianbao.core.report.FormatVersion;
import org.nianbao.core.report.Provenance.ReadingNote;

/**
 * Reads table 三. Rows are found in printed order by their labels, which extraction splits, shortens or moves
 * to the line before or after the numbers; a line of numbers without a label takes the next row. A row that
 * prints more or fewer than seven values is re-aligned only when the table's arithmetic proves the placement
 * (format.md §G «Layout artefacts»); otherwise its cells are null.
 */
final class ApplicationsTableReader {
    private static final int COLUMNS = 7;
    private static final int WINDOW = 4;
    private static final double MIN_SCORE = 0.6;

    private static final Map<ApplicationRow, List<String>> KEYS = keys();
    /** The match key of each row's official label. */
    private static final Map<ApplicationRow, String> OFFICIAL_KEYS = officialKeys();

    private static final Map<ApplicationRow, CellPath> ROW_PATHS =
            CellPath.rows(CellPath.APPLICATIONS, ApplicationRow.class);

    private final ProvenanceBuilder provenance;

    ApplicationsTableReader(ProvenanceBuilder provenance) {
        this.provenance = provenance;
    }

    /** Whether the table prints （六）其他处理 as one row with numbers rather than three items. */
    static boolean hasSingleOtherRow(List<SourceLine> lines, FormatVersion version) {
        for (SourceLine line : lines) {
            if (Lexicon.THREE_ITEMS.anyIn(line)) {
                return false;
            }
        }
        if (version == FormatVersion.V2019) {
            return true;
        }
        for (SourceLine line : lines) {
            for (Segment segment : line.segments()) {
                if (segment.hasValues() && segment.label().contains("其他处理")) {
                    return true;
                }
            }
        }
        return false;
    }

    private record Placed(ApplicationRow row, Segment segment, String label) {}

    /**
     * For each width of the readers' table rows, the grid column of 总计 in a header row of that width. A row of
     * the same width then has its seven values in the seven columns ending there — blank ones included, which
     * extracted text cannot place (a blank 自然人 or 总计 at the edge of a row).
     */
    private static Map<Integer, Integer> totalColumns(List<SourceLine> lines) {
        Map<Integer, Integer> columns = new java.util.HashMap<>();
        for (SourceLine line : lines) {
            if (line.table() < 0 || line.hasValues()) {
                continue;
            }
            List<String> cells = line.cells();
            for (int i = cells.size() - 1; i >= COLUMNS; i--) {
                if (Text.key(cells.get(i)).equals(ApplicantColumn.TOTAL.label())) {
                    columns.putIfAbsent(cells.size(), i);
                    break;
                }
            }
        }
        return columns;
    }

    /** Whether the key ends with the whole official label of one of the rows still to come. */
    private static boolean endsWithALabel(String key, List<ApplicationRow> rows, int next) {
        for (int i = next; i < rows.size(); i++) {
            if (key.endsWith(Text.key(rows.get(i).label()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The row as one segment of exactly seven positioned values, when it is a grid row whose width has a known
     * 总计 column, its cells there hold only numbers or nothing, nothing stands after 总计, and its label cells hold
     * text without numbers; otherwise null (the row is read like extracted text).
     */
    private static @Nullable Segment gridSegment(SourceLine line, Map<Integer, Integer> totalColumnByWidth) {
        Integer total = line.table() < 0 ? null : totalColumnByWidth.get(line.cells().size());
        if (total == null) {
            return null;
        }
        List<String> cells = line.cells();
        for (int i = total + 1; i < cells.size(); i++) {
            if (!Text.isKeyless(cells.get(i))) {
                return null;
            }
        }
        List<Slot> slots = new ArrayList<>(COLUMNS);
        for (int i = total - COLUMNS + 1; i <= total; i++) {
            String cell = Text.key(cells.get(i));
            if (cell.isEmpty()) {
                slots.add(Slot.EMPTY);
                continue;
            }
            Slot slot = Slot.parse(cell);
            if (slot == null) {
                return null;
            }
            slots.add(slot);
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i <= total - COLUMNS; i++) {
            String cell = cells.get(i);
            if (Slot.parse(Text.key(cell)) != null) {
                return null; // a number among the label cells: the row is not laid out on the grid
            }
            label.append(cell);
        }
        String key = Text.key(label.toString());
        if (key.isEmpty()) {
            return null;
        }
        return new Segment(line.line(), key, 0, slots);
    }

    @Nullable CellTable<ApplicationRow, ApplicantColumn> read(List<SourceLine> lines, FormatVersion version) {
        boolean singleOther = hasSingleOtherRow(lines, version);
        List<ApplicationRow> rows = ApplicationRow.layout(singleOther);
        Map<ApplicationRow, Placed> placed = new EnumMap<>(ApplicationRow.class);
        int next = 0;
        StringBuilder pending = new StringBuilder();
        List<SourceLine> tableLines = new ArrayList<>();
        Map<Integer, Integer> totalColumnByWidth = totalColumns(lines);
        for (SourceLine line : lines) {
            if (next >= rows.size()) {
                break;
            }
            tableLines.add(line);
            Segment grid = gridSegment(line, totalColumnByWidth);
            for (Segment segment : grid != null ? List.of(grid) : line.segments()) {
                if (!segment.hasValues() && segment != grid
                        || segment == grid && segment.numbers().isEmpty() && !endsWithALabel(segment.label(), rows, next)) {
                    // label text, or a grid row with no value that is only a piece of a label split over rows
                    pending.append(segment.label());
                    continue;
                }
                if (segment.label().isEmpty() && segment.numbers().isEmpty()) {
                    continue;
                }
                String label = pending + segment.label();
                pending.setLength(0);
                int index = match(label, rows, next);
                placed.put(rows.get(index), new Placed(rows.get(index), segment, label));
                next = index + 1;
                if (next >= rows.size()) {
                    break;
                }
            }
        }
        if (placed.isEmpty()) {
            return null;
        }
        LabelVariants.record(Lexicon.APPLICATIONS_LABELS, version, tableLines, provenance);
        placed.values().forEach(this::recordTypo);
        return cells(rows, placed);
    }

    /**
     * Records a numbered item label printed complete on its own line but with different words, such as
     * 「2.其他法律行政止公开」: not a fragment of the official label (extraction splits labels into contiguous
     * pieces), close to it, and holding none of the row's key words.
     */
    private void recordTypo(Placed at) {
        String official = OFFICIAL_KEYS.get(at.row);
        int dot = official.indexOf('.');
        if (at.row.group() == null || dot != 1) {
            return;
        }
        String own = at.segment.label();
        int start = own.lastIndexOf(official.substring(0, 2));
        if (start < 0) {
            return;
        }
        own = own.substring(start);
        if (own.length() < 4 || official.contains(own) || own.contains(official)) {
            return;
        }
        for (String key : KEYS.get(at.row)) {
            if (own.contains(key)) {
                return;
            }
        }
        int common = Text.lcs(own, official);
        if (common >= 0.7 * official.length() && common >= 0.85 * own.length()) {
            provenance.label(ROW_PATHS.get(at.row), own, at.row.label(), at.segment.line());
        }
    }

    /** The index of the row a label names, searching forward from {@code next}. */
    private static int match(String label, List<ApplicationRow> rows, int next) {
        for (String key : KEYS.get(rows.get(next))) {
            if (label.contains(key)) {
                return next;
            }
        }
        int best = -1;
        double bestScore = 0;
        for (int k = 0; k < WINDOW && next + k < rows.size(); k++) {
            double score = score(label, rows.get(next + k)) - 0.05 * k;
            if (score > bestScore + 1e-9) {
                best = next + k;
                bestScore = score;
            }
        }
        if (best >= 0 && bestScore >= MIN_SCORE) {
            return best;
        }
        for (int i = next + WINDOW; i < rows.size(); i++) {
            for (String key : KEYS.get(rows.get(i))) {
                if (key.length() >= 4 && label.contains(key)) {
                    return i;
                }
            }
        }
        return next;
    }

    private static double score(String label, ApplicationRow row) {
        double best = 0;
        for (String key : KEYS.get(row)) {
            if (label.contains(key)) {
                return 1;
            }
            best = Math.max(best, (double) Text.lcs(label, key) / key.length());
        }
        return best;
    }

    private CellTable<ApplicationRow, ApplicantColumn> cells(List<ApplicationRow> rows, Map<ApplicationRow, Placed> placed) {
        // by row, in printed order (the layouts list the rows in declaration order)
        Map<ApplicationRow, List<Cell>> values = new EnumMap<>(ApplicationRow.class);
        Map<ApplicationRow, Placed> unresolved = new EnumMap<>(ApplicationRow.class);
        for (ApplicationRow row : rows) {
            Placed at = placed.get(row);
            if (at == null) {
                values.put(row, null);
                provenance.note(ReadingNote.Kind.ROW_NOT_FOUND, ROW_PATHS.get(row), null, "");
                continue;
            }
            provenance.line(ROW_PATHS.get(row), at.segment.line());
            List<Slot> slots = at.segment.positioned(COLUMNS);
            if (slots.isEmpty()) {
                values.put(row, null);
                unresolved.put(row, at);
            } else {
                List<Cell> cells = new ArrayList<>(COLUMNS);
                for (Slot slot : slots) {
                    cells.add(slot.toCount());
                }
                values.put(row, cells);
            }
        }
        realign(values, unresolved);

        CellTable.Builder<ApplicationRow, ApplicantColumn> table = CellTable.builder();
        for (ApplicationRow row : rows) {
            List<Cell> cells = values.get(row);
            for (ApplicantColumn column : ApplicantColumn.all()) {
                table.put(row, column, cells == null ? Cell.BLANK : cells.get(column.ordinal()));
            }
        }
        return table.build();
    }

    /**
     * Places the values of rows that printed the wrong number of them, one row at a time, while the arithmetic
     * proves a placement: a spurious value is dropped when exactly one result satisfies the row total; a lost
     * value is restored when the other rows of its columns determine the whole row and the printed values fit it.
     */
    private void realign(Map<ApplicationRow, List<Cell>> values, Map<ApplicationRow, Placed> unresolved) {
        boolean progress = true;
        while (progress && !unresolved.isEmpty()) {
            progress = false;
            for (ApplicationRow row : new ArrayList<>(unresolved.keySet())) {
                Segment segment = unresolved.get(row).segment;
                List<Long> printed = new ArrayList<>();
                boolean invalid = false;
                for (Slot slot : segment.numbers()) {
                    Cell cell = slot.toCount();
                    if (cell instanceof Cell.Count count) {
                        printed.add(count.value());
                    } else {
                        invalid = true;
                    }
                }
                long[] derived = derive(row, values);
                List<Long> placedRow = invalid ? null : RowAlignment.place(printed, derived);
                if (placedRow != null) {
                    List<Cell> cells = new ArrayList<>();
                    placedRow.forEach(v -> cells.add(Cell.of(v)));
                    values.put(row, cells);
                    unresolved.remove(row);
                    provenance.note(ReadingNote.Kind.REALIGNED, ROW_PATHS.get(row),
                            segment.line(), segment.printed());
                    progress = true;
                }
            }
        }
        for (Map.Entry<ApplicationRow, Placed> entry : unresolved.entrySet()) {
            Segment segment = entry.getValue().segment;
            provenance.note(ReadingNote.Kind.UNPLACEABLE, ROW_PATHS.get(entry.getKey()),
                    segment.line(), segment.printed());
        }
    }

    /** The row as the other rows of each column determine it (C2 for outcomes and 总计, C3 for 一, 二, 四). */
    private static long @Nullable [] derive(ApplicationRow row, Map<ApplicationRow, List<Cell>> values) {
        long[] derived = new long[COLUMNS];
        for (ApplicantColumn column : ApplicantColumn.all()) {
            Long value = deriveCell(row, column, values);
            if (value == null || value < 0) {
                return null;
            }
            derived[column.ordinal()] = value;
        }
        return derived;
    }

    private static @Nullable Long deriveCell(
            ApplicationRow row, ApplicantColumn column, Map<ApplicationRow, List<Cell>> values) {
        switch (row.kind()) {
            case OUTCOME: {
                Long total = valueOf(ApplicationRow.RESULT_TOTAL, column, values);
                if (total == null) {
                    return null;
                }
                long sum = 0;
                for (ApplicationRow other : values.keySet()) {
                    if (other.isOutcome() && other != row) {
                        Long value = valueOf(other, column, values);
                        if (value == null) {
                            return null;
                        }
                        sum += value;
                    }
                }
                return total - sum;
            }
            case RESULT_TOTAL: {
                long sum = 0;
                for (ApplicationRow other : values.keySet()) {
                    if (other.isOutcome()) {
                        Long value = valueOf(other, column, values);
                        if (value == null) {
                            return null;
                        }
                        sum += value;
                    }
                }
                return sum;
            }
            case RECEIVED:
                return sum(column, values, +1, ApplicationRow.RESULT_TOTAL, +1, ApplicationRow.CARRIED_FORWARD,
                        -1, ApplicationRow.CARRIED_OVER);
            case CARRIED_OVER:
                return sum(column, values, +1, ApplicationRow.RESULT_TOTAL, +1, ApplicationRow.CARRIED_FORWARD,
                        -1, ApplicationRow.NEW_RECEIVED);
            case CARRIED_FORWARD:
                return sum(column, values, +1, ApplicationRow.NEW_RECEIVED, +1, ApplicationRow.CARRIED_OVER,
                        -1, ApplicationRow.RESULT_TOTAL);
            default:
                return null;
        }
    }

    /** a·A + b·B + c·C for one column, or null if a cell is unknown: C3 solved for one of its rows. */
    private static @Nullable Long sum(ApplicantColumn column, Map<ApplicationRow, List<Cell>> values,
            int a, ApplicationRow rowA, int b, ApplicationRow rowB, int c, ApplicationRow rowC) {
        Long valueA = valueOf(rowA, column, values);
        Long valueB = valueOf(rowB, column, values);
        Long valueC = valueOf(rowC, column, values);
        if (valueA == null || valueB == null || valueC == null) {
            return null;
        }
        return a * valueA + b * valueB + c * valueC;
    }

    private static @Nullable Long valueOf(ApplicationRow row, ApplicantColumn column, Map<ApplicationRow, List<Cell>> values) {
        List<Cell> cells = values.get(row);
        if (cells == null) {
            return null;
        }
        Cell cell = cells.get(column.ordinal());
        return cell instanceof Cell.Count count ? count.value() : null;
    }

    private static Map<ApplicationRow, String> officialKeys() {
        Map<ApplicationRow, String> keys = new EnumMap<>(ApplicationRow.class);
        for (ApplicationRow row : ApplicationRow.values()) {
            keys.put(row, Text.key(row.label()));
        }
        return keys;
    }

    private static Map<ApplicationRow, List<String>> keys() {
        Map<ApplicationRow, List<String>> keys = new EnumMap<>(ApplicationRow.class);
        for (ApplicationRow row : ApplicationRow.values()) {
            List<String> list = new ArrayList<>();
            list.add(Text.key(row.label()));
            keys.put(row, list);
        }
        add(keys, ApplicationRow.NEW_RECEIVED, "本年新收");
        add(keys, ApplicationRow.CARRIED_OVER, "上年结转");
        add(keys, ApplicationRow.GRANTED, "予以公开");
        add(keys, ApplicationRow.PARTIAL, "(二)部分公开", "部分公开");
        add(keys, ApplicationRow.WITHHELD_STATE_SECRET, "国家秘密");
        add(keys, ApplicationRow.WITHHELD_LAW_PROHIBITED, "禁止公开");
        add(keys, ApplicationRow.WITHHELD_SECURITY_STABILITY, "三安全一稳定");
        add(keys, ApplicationRow.WITHHELD_THIRD_PARTY, "第三方合法权益");
        add(keys, ApplicationRow.WITHHELD_INTERNAL_AFFAIRS, "内部事务");
        add(keys, ApplicationRow.WITHHELD_PROCESS_INFO, "过程性信息");
        add(keys, ApplicationRow.WITHHELD_ENFORCEMENT_FILE, "执法案卷");
        add(keys, ApplicationRow.WITHHELD_QUERY_MATTER, "查询事项");
        add(keys, ApplicationRow.UNAVAILABLE_NOT_HELD, "不掌握");
        add(keys, ApplicationRow.UNAVAILABLE_NEEDS_CREATION, "另行制作");
        add(keys, ApplicationRow.UNAVAILABLE_UNCLEAR_AFTER_CORRECTION, "仍不明确");
        add(keys, ApplicationRow.NOT_PROCESSED_PETITION, "信访举报");
        add(keys, ApplicationRow.NOT_PROCESSED_DUPLICATE, "重复申请");
        add(keys, ApplicationRow.NOT_PROCESSED_PUBLICATION, "公开出版物");
        add(keys, ApplicationRow.NOT_PROCESSED_EXCESSIVE, "大量反复");
        add(keys, ApplicationRow.NOT_PROCESSED_CONFIRM_REISSUE, "重新出具");
        add(keys, ApplicationRow.OTHER_NO_CORRECTION, "不补正");
        add(keys, ApplicationRow.OTHER_FEE_UNPAID, "缴纳费用", "收费通知");
        add(keys, ApplicationRow.OTHER, "其他处理");
        add(keys, ApplicationRow.RESULT_TOTAL, "总计");
        add(keys, ApplicationRow.CARRIED_FORWARD, "结转下年度", "结转下一年度");
        return keys;
    }

    private static void add(Map<ApplicationRow, List<String>> keys, ApplicationRow row, String... more) {
        for (String key : more) {
            keys.get(row).add(Text.key(key));
        }
    }
}
