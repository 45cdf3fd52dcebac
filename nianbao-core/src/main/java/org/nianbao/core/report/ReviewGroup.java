package org.nianbao.core.report;

import java.util.List;

/** The three column groups of table 四. */
public enum ReviewGroup implements Keyed {
    REVIEW("review", "行政复议"),
    LIT_DIRECT("lit_direct", "行政诉讼·未经复议直接起诉"),
    LIT_AFTER_REVIEW("lit_after_review", "行政诉讼·复议后起诉");

    private static final List<ReviewGroup> ALL = List.of(values());

    private final String key;
    private final String label;

    ReviewGroup(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static List<ReviewGroup> all() {
        return ALL;
    }

    public static ReviewGroup fromKey(String key) {
        return Keyed.fromKey(ReviewGroup.class, key, "table 四 group");
    }
}
