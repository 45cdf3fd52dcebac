package org.nianbao.core.validation;

/** The stable rule ids of {@code docs/spec/rules.md}, each with its severity. An id never changes meaning. */
public enum RuleId {
    T3_ROW_TOTAL("t3.row_total", Severity.ERROR),
    T3_OUTCOME_SUM("t3.outcome_sum", Severity.ERROR),
    T3_BALANCE("t3.balance", Severity.ERROR),
    T4_GROUP_TOTAL("t4.group_total", Severity.ERROR),
    CELL_INVALID("cell.invalid", Severity.ERROR),
    SECTION_MISSING("section.missing", Severity.ERROR),
    SECTION_ORDER("section.order", Severity.WARNING),
    FORMAT_VERSION_MISMATCH("format.version_mismatch", Severity.ERROR),
    LABEL_NONSTANDARD("label.nonstandard", Severity.WARNING),
    CELL_MISSING("cell.missing", Severity.WARNING),
    TABLE_LAYOUT("table.layout", Severity.INFO),
    SOURCE_OCR("source.ocr", Severity.WARNING),
    YEAR_MISMATCH("year.mismatch", Severity.WARNING),
    NARRATIVE_COUNT_MISMATCH("narrative.count_mismatch", Severity.WARNING),
    AGENCY_SELF_REFERENCE("agency.self_reference", Severity.WARNING),
    T2_REGULATION_POWER("t2.regulation_power", Severity.WARNING),
    T2_FEE_UNIT("t2.fee_unit", Severity.WARNING),
    XYEAR_CARRY_OVER("xyear.carry_over", Severity.ERROR),
    XYEAR_IN_FORCE("xyear.in_force", Severity.WARNING),
    XYEAR_COPIED_TEXT("xyear.copied_text", Severity.WARNING),
    XAGENCY_COPIED_TEXT("xagency.copied_text", Severity.WARNING);

    private final String id;
    private final Severity severity;

    RuleId(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    /** The id as written in findings: {@code t3.outcome_sum}. */
    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public static RuleId fromId(String id) {
        for (RuleId rule : values()) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("unknown rule id '" + id + "'");
    }

    @Override
    public String toString() {
        return id;
    }
}
