package org.nianbao.core.report;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The number rows of table 三 (format.md §B.2), in printed order. The register uses the same keys: a closed
 * application's outcome is one of the {@link Kind#OUTCOME outcome} rows.
 */
public enum ApplicationRow implements Keyed {
    NEW_RECEIVED("new_received", Kind.RECEIVED, null, "一、本年新收政府信息公开申请数量"),
    CARRIED_OVER("carried_over", Kind.CARRIED_OVER, null, "二、上年结转政府信息公开申请数量"),
    GRANTED("granted", Kind.OUTCOME, null, "（一）予以公开"),
    PARTIAL("partial", Kind.OUTCOME, null, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    WITHHELD_STATE_SECRET("withheld_state_secret", Kind.OUTCOME, "（三）不予公开", "1.属于国家秘密"),
    WITHHELD_LAW_PROHIBITED("withheld_law_prohibited", Kind.OUTCOME, "（三）不予公开", "2.其他法律行政法规禁止公开"),
    WITHHELD_SECURITY_STABILITY("withheld_security_stability", Kind.OUTCOME, "（三）不予公开", "3.危及“三安全一稳定”"),
    WITHHELD_THIRD_PARTY("withheld_third_party", Kind.OUTCOME, "（三）不予公开", "4.保护第三方合法权益"),
    WITHHELD_INTERNAL_AFFAIRS("withheld_internal_affairs", Kind.OUTCOME, "（三）不予公开", "5.属于三类内部事务信息"),
    WITHHELD_PROCESS_INFO("withheld_process_info", Kind.OUTCOME, "（三）不予公开", "6.属于四类过程性信息"),
    WITHHELD_ENFORCEMENT_FILE("withheld_enforcement_file", Kind.OUTCOME, "（三）不予公开", "7.属于行政执法案卷"),
    WITHHELD_QUERY_MATTER("withheld_query_matter", Kind.OUTCOME, "（三）不予公开", "8.属于行政查询事项"),
    UNAVAILABLE_NOT_HELD("unavailable_not_held", Kind.OUTCOME, "（四）无法提供", "1.本机关不掌握相关政府信息"),
    UNAVAILABLE_NEEDS_CREATION("unavailable_needs_creation", Kind.OUTCOME, "（四）无法提供", "2.没有现成信息需要另行制作"),
    UNAVAILABLE_UNCLEAR_AFTER_CORRECTION(
            "unavailable_unclear_after_correction", Kind.OUTCOME, "（四）无法提供", "3.补正后申请内容仍不明确"),
    NOT_PROCESSED_PETITION("not_processed_petition", Kind.OUTCOME, "（五）不予处理", "1.信访举报投诉类申请"),
    NOT_PROCESSED_DUPLICATE("not_processed_duplicate", Kind.OUTCOME, "（五）不予处理", "2.重复申请"),
    NOT_PROCESSED_PUBLICATION("not_processed_publication", Kind.OUTCOME, "（五）不予处理", "3.要求提供公开出版物"),
    NOT_PROCESSED_EXCESSIVE("not_processed_excessive", Kind.OUTCOME, "（五）不予处理", "4.无正当理由大量反复申请"),
    NOT_PROCESSED_CONFIRM_REISSUE(
            "not_processed_confirm_reissue", Kind.OUTCOME, "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"),
    OTHER_NO_CORRECTION(
            "other_no_correction",
            Kind.OUTCOME,
            "（六）其他处理",
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    OTHER_FEE_UNPAID(
            "other_fee_unpaid",
            Kind.OUTCOME,
            "（六）其他处理",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    OTHER_MISC("other_misc", Kind.OUTCOME, "（六）其他处理", "3.其他"),
    /** The single （六）其他处理 row of the 2019 format and of the hybrid 2021 layout. */
    OTHER("other", Kind.OUTCOME, null, "（六）其他处理"),
    RESULT_TOTAL("result_total", Kind.RESULT_TOTAL, null, "（七）总计"),
    CARRIED_FORWARD("carried_forward", Kind.CARRIED_FORWARD, null, "四、结转下年度继续办理");

    /** What a row counts. */
    public enum Kind {
        RECEIVED,
        CARRIED_OVER,
        OUTCOME,
        RESULT_TOTAL,
        CARRIED_FORWARD
    }

    /** The two layouts, made once: static fields are set after the constants. */
    private static final List<ApplicationRow> SINGLE_OTHER_ROW = rows(true);
    private static final List<ApplicationRow> OTHER_ITEMS = rows(false);

    private final String key;
    private final Kind kind;
    private final @Nullable String group;
    private final String label;
    private final String displayLabel;

    ApplicationRow(String key, Kind kind, @Nullable String group, String label) {
        this.key = key;
        this.kind = kind;
        this.group = group;
        this.label = label;
        this.displayLabel = group == null ? label : group + "·" + label;
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    /** The printed group cell above a leaf, such as （三）不予公开; null for rows outside a group. */
    public @Nullable String group() {
        return group;
    }

    /** The official printed label of the row itself. */
    public String label() {
        return label;
    }

    /** The label a reader recognises: the group and the item, as in 「（三）不予公开·1.属于国家秘密」. */
    public String displayLabel() {
        return displayLabel;
    }

    public boolean isOutcome() {
        return kind == Kind.OUTCOME;
    }

    /** The rows of table 三 in printed order, with （六）其他处理 as three items or as one row. */
    public static List<ApplicationRow> layout(boolean singleOtherRow) {
        return singleOtherRow ? SINGLE_OTHER_ROW : OTHER_ITEMS;
    }

    private static List<ApplicationRow> rows(boolean singleOtherRow) {
        List<ApplicationRow> rows = new ArrayList<>();
        for (ApplicationRow row : values()) {
            boolean isOtherItem = row == OTHER_NO_CORRECTION || row == OTHER_FEE_UNPAID || row == OTHER_MISC;
            if (singleOtherRow ? !isOtherItem : row != OTHER) {
                rows.add(row);
            }
        }
        return List.copyOf(rows);
    }

    public static ApplicationRow fromKey(String key) {
        return Keyed.fromKey(ApplicationRow.class, key, "table 三 row");
    }
}
