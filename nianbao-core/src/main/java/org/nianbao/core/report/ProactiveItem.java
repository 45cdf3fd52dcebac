package org.nianbao.core.report;

import static org.nianbao.core.report.ProactiveColumn.AMOUNT_WAN;
import static org.nianbao.core.report.ProactiveColumn.DECISIONS;
import static org.nianbao.core.report.ProactiveColumn.DELTA_ITEMS;
import static org.nianbao.core.report.ProactiveColumn.IN_FORCE;
import static org.nianbao.core.report.ProactiveColumn.ISSUED;
import static org.nianbao.core.report.ProactiveColumn.NEW_MADE;
import static org.nianbao.core.report.ProactiveColumn.NEW_PUBLISHED;
import static org.nianbao.core.report.ProactiveColumn.PREV_ITEMS;
import static org.nianbao.core.report.ProactiveColumn.PROC_AMOUNT;
import static org.nianbao.core.report.ProactiveColumn.PROC_ITEMS;
import static org.nianbao.core.report.ProactiveColumn.REPEALED;
import static org.nianbao.core.report.ProactiveColumn.TOTAL_PUBLISHED;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The rows of table 二 (条例 Art 20 items （一）（五）（六）（八）, and （九） in 2019), in printed order. */
public enum ProactiveItem implements Keyed {
    REGULATION("regulation", "第二十条第（一）项", "规章", "规章"),
    NORMATIVE_DOC("normative_doc", "第二十条第（一）项", "行政规范性文件", "规范性文件"),
    ADMIN_LICENSE("admin_license", "第二十条第（五）项", "行政许可", "行政许可"),
    OTHER_MGMT_SERVICE("other_mgmt_service", "第二十条第（五）项", null, "其他对外管理服务事项"),
    ADMIN_PENALTY("admin_penalty", "第二十条第（六）项", "行政处罚", "行政处罚"),
    ADMIN_COERCION("admin_coercion", "第二十条第（六）项", "行政强制", "行政强制"),
    ADMIN_FEE("admin_fee", "第二十条第（八）项", "行政事业性收费", "行政事业性收费"),
    CENTRAL_PROCUREMENT("central_procurement", "第二十条第（九）项", null, "政府集中采购");

    private final String key;
    private final String caption;
    private final @Nullable String label2021;
    private final String label2019;

    ProactiveItem(String key, String caption, @Nullable String label2021, String label2019) {
        this.key = key;
        this.caption = caption;
        this.label2021 = label2021;
        this.label2019 = label2019;
    }

    @Override
    public String key() {
        return key;
    }

    /** The caption row of the block the item is printed in. */
    public String caption() {
        return caption;
    }

    /** The official row label in the given format; null when the format has no such row. */
    public @Nullable String label(FormatVersion version) {
        return version == FormatVersion.V2021 ? label2021 : label2019;
    }

    /** Whether the given format prints this row. */
    public boolean isIn(FormatVersion version) {
        return version == FormatVersion.V2019 || label2021 != null;
    }

    /** The rows printed in the given format, in order. */
    public static List<ProactiveItem> items(FormatVersion version) {
        List<ProactiveItem> items = new ArrayList<>();
        for (ProactiveItem item : values()) {
            if (item.isIn(version)) {
                items.add(item);
            }
        }
        return List.copyOf(items);
    }

    /** The number columns of this row in the given format, in printed order. */
    public List<ProactiveColumn> columns(FormatVersion version) {
        if (version == FormatVersion.V2021) {
            switch (this) {
                case REGULATION:
                case NORMATIVE_DOC:
                    return List.of(ISSUED, REPEALED, IN_FORCE);
                case ADMIN_FEE:
                    return List.of(AMOUNT_WAN);
                default:
                    return List.of(DECISIONS);
            }
        }
        switch (this) {
            case REGULATION:
            case NORMATIVE_DOC:
                return List.of(NEW_MADE, NEW_PUBLISHED, TOTAL_PUBLISHED);
            case ADMIN_FEE:
                return List.of(PREV_ITEMS, DELTA_ITEMS);
            case CENTRAL_PROCUREMENT:
                return List.of(PROC_ITEMS, PROC_AMOUNT);
            default:
                return List.of(PREV_ITEMS, DELTA_ITEMS, DECISIONS);
        }
    }

    public static ProactiveItem fromKey(String key) {
        return Keyed.fromKey(ProactiveItem.class, key, "table 二 row");
    }
}
