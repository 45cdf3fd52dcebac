package org.nianbao.core.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One annual report on government information disclosure, as the canonical JSON {@code nianbao.report/1}
 * describes it. Immutable.
 *
 * @param formatVersion the format the report is written in, detected from its labels
 * @param agency the reporting body as named in the title, in Simplified characters; null if not found
 * @param year the report year (the year the data covers); null if not found
 * @param title the title as printed (whitespace removed); null if not found
 * @param sections the free text of each section present, headings removed
 * @param proactive table 二; null when the report has none
 * @param applications table 三; null when the report has none
 * @param reviewLitigation table 四; null when the report has none
 */
public record AnnualReport(
        FormatVersion formatVersion,
        @Nullable String agency,
        @Nullable Integer year,
        @Nullable String title,
        Map<Section, String> sections,
        @Nullable CellTable<ProactiveItem, ProactiveColumn> proactive,
        @Nullable CellTable<ApplicationRow, ApplicantColumn> applications,
        @Nullable CellTable<ReviewGroup, ReviewOutcome> reviewLitigation) {

    /** The schema id written at the top of every canonical report. */
    public static final String SCHEMA = "nianbao.report/1";

    public AnnualReport {
        EnumMap<Section, String> copy = new EnumMap<>(Section.class);
        copy.putAll(sections);
        sections = Collections.unmodifiableMap(copy);
        if (year != null && (year < 2000 || year > 2100)) {
            throw new IllegalArgumentException("implausible report year " + year);
        }
    }

    /** True when table 三 prints （六）其他处理 as one row (2019 format, or the hybrid 2021 layout). */
    public boolean hasSingleOtherRow() {
        return applications != null && applications.hasRow(ApplicationRow.OTHER);
    }

    public AnnualReport withApplications(CellTable<ApplicationRow, ApplicantColumn> table) {
        return new AnnualReport(formatVersion, agency, year, title, sections, proactive, table, reviewLitigation);
    }

    public AnnualReport withReviewLitigation(CellTable<ReviewGroup, ReviewOutcome> table) {
        return new AnnualReport(formatVersion, agency, year, title, sections, proactive, applications, table);
    }

    public AnnualReport withProactive(CellTable<ProactiveItem, ProactiveColumn> table) {
        return new AnnualReport(formatVersion, agency, year, title, sections, table, applications, reviewLitigation);
    }

    /**
     * A copy with the cell at {@code path} ({@code applications.granted.total}) replaced; a table the report lacks is
     * created with just that cell.
     *
     * @throws IllegalArgumentException when the path names no cell of the three tables
     */
    public AnnualReport withCell(CellPath path, Cell cell) {
        String[] parts = path.value().split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a cell path: " + path);
        }
        switch (parts[0]) {
            case CellPath.PROACTIVE:
                return withProactive(or(proactive).with(ProactiveItem.fromKey(parts[1]), ProactiveColumn.fromKey(parts[2]),
                        cell));
            case CellPath.APPLICATIONS:
                return withApplications(or(applications).with(ApplicationRow.fromKey(parts[1]),
                        ApplicantColumn.fromKey(parts[2]), cell));
            case CellPath.REVIEW_LITIGATION:
                return withReviewLitigation(or(reviewLitigation).with(ReviewGroup.fromKey(parts[1]),
                        ReviewOutcome.fromKey(parts[2]), cell));
            default:
                throw new IllegalArgumentException("not a cell path: " + path);
        }
    }

    /** The cell at {@code path}, {@link Cell#BLANK} when the table or cell is absent. */
    public Cell cell(CellPath path) {
        String[] parts = path.value().split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a cell path: " + path);
        }
        switch (parts[0]) {
            case CellPath.PROACTIVE:
                return proactive == null ? Cell.BLANK
                        : proactive.cell(ProactiveItem.fromKey(parts[1]), ProactiveColumn.fromKey(parts[2]));
            case CellPath.APPLICATIONS:
                return applications == null ? Cell.BLANK
                        : applications.cell(ApplicationRow.fromKey(parts[1]), ApplicantColumn.fromKey(parts[2]));
            case CellPath.REVIEW_LITIGATION:
                return reviewLitigation == null ? Cell.BLANK
                        : reviewLitigation.cell(ReviewGroup.fromKey(parts[1]), ReviewOutcome.fromKey(parts[2]));
            default:
                throw new IllegalArgumentException("not a cell path: " + path);
        }
    }

    private static <R extends Enum<R> & Keyed, C extends Enum<C> & Keyed> CellTable<R, C> or(
            @Nullable CellTable<R, C> table) {
        return table == null ? new CellTable<R, C>(Map.<R, Map<C, Cell>>of()) : table;
    }
}
