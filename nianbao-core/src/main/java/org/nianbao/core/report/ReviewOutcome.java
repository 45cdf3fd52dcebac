package org.nianbao.core.report;

import java.util.List;

/** The five columns inside each table 四 group. */
public enum ReviewOutcome implements Keyed {
    UPHELD("upheld", "结果维持"),
    CORRECTED("corrected", "结果纠正"),
    OTHER("other", "其他结果"),
    PENDING("pending", "尚未审结"),
    TOTAL("total", "总计");

    private static final List<ReviewOutcome> ALL = List.of(values());
    private static final List<ReviewOutcome> PARTS = ALL.subList(0, 4);

    private final String key;
    private final String label;

    ReviewOutcome(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static List<ReviewOutcome> all() {
        return ALL;
    }

    /** The four outcomes whose sum is 总计. */
    public static List<ReviewOutcome> parts() {
        return PARTS;
    }

    public static ReviewOutcome fromKey(String key) {
        return Keyed.fromKey(ReviewOutcome.class, key, "table 四 column");
    }
}
