package org.nianbao.core.report;

/** The number columns of table 二 in both formats (format.md §B.1, §D.1). */
public enum ProactiveColumn implements Keyed {
    ISSUED("issued", "本年制发件数", Type.COUNT),
    REPEALED("repealed", "本年废止件数", Type.COUNT),
    IN_FORCE("in_force", "现行有效件数", Type.COUNT),
    DECISIONS("decisions", "本年处理决定数量", Type.COUNT),
    AMOUNT_WAN("amount_wan", "本年收费金额（单位：万元）", Type.AMOUNT),
    NEW_MADE("new_made", "本年新制作数量", Type.COUNT),
    NEW_PUBLISHED("new_published", "本年新公开数量", Type.COUNT),
    TOTAL_PUBLISHED("total_published", "对外公开总数量", Type.COUNT),
    PREV_ITEMS("prev_items", "上一年项目数量", Type.COUNT),
    DELTA_ITEMS("delta_items", "本年增/减", Type.SIGNED_COUNT),
    PROC_ITEMS("proc_items", "采购项目数量", Type.COUNT),
    PROC_AMOUNT("proc_amount", "采购总金额", Type.AMOUNT_WITH_UNIT);

    /** What a column holds. */
    public enum Type {
        /** A whole number ≥ 0. */
        COUNT,
        /** A whole number that may be negative (本年增/减). */
        SIGNED_COUNT,
        /** A decimal ≥ 0 in the unit of the heading (万元). */
        AMOUNT,
        /** A decimal written with its own unit (251000元). */
        AMOUNT_WITH_UNIT
    }

    private final String key;
    private final String label;
    private final Type type;

    ProactiveColumn(String key, String label, Type type) {
        this.key = key;
        this.label = label;
        this.type = type;
    }

    @Override
    public String key() {
        return key;
    }

    public Type type() {
        return type;
    }

    /** The official column heading in the given format. */
    public String label(FormatVersion version) {
        if (this == DECISIONS && version == FormatVersion.V2019) {
            return "处理决定数量";
        }
        return label;
    }

    public static ProactiveColumn fromKey(String key) {
        return Keyed.fromKey(ProactiveColumn.class, key, "table 二 column");
    }
}
