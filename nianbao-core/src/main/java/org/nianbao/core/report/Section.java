package org.nianbao.core.report;

import java.util.List;

/** The six required sections (条例 Art 50; format.md §A.3), in their required order. */
public enum Section implements Keyed {
    OVERVIEW("overview", "一、总体情况"),
    PROACTIVE("proactive", "二、主动公开政府信息情况"),
    APPLICATIONS("applications", "三、收到和处理政府信息公开申请情况"),
    REVIEW_LITIGATION("review_litigation", "四、政府信息公开行政复议、行政诉讼情况"),
    PROBLEMS("problems", "五、存在的主要问题及改进情况"),
    OTHER("other", "六、其他需要报告的事项");

    private static final List<Section> ALL = List.of(values());

    private final String key;
    private final String heading;

    Section(String key, String heading) {
        this.key = key;
        this.heading = heading;
    }

    public String key() {
        return key;
    }

    /** The exact official heading. */
    public String heading() {
        return heading;
    }

    public static List<Section> all() {
        return ALL;
    }

    public static Section fromKey(String key) {
        return Keyed.fromKey(Section.class, key, "section");
    }
}
