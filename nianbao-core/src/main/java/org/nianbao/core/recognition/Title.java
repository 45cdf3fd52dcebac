package org.nianbao.core.recognition;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The report title and what it says: 「洛阳市洛龙区李楼镇人民政府2021年政府信息公开工作年度报告」 → agency and year.
 *
 * @param text the title, whitespace removed
 * @param agency the reporting body, or null
 * @param year the report year, or null
 */
record Title(String text, @Nullable String agency, @Nullable Integer year) {

    private static final String REPORT = "(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:的)?(?:年度)?(?:工作)?报告";
    /** 「某局2021年(度)政府信息公开工作年度报告」, and 「2021年某局政府信息公开工作年度报告」. */
    private static final Pattern YEAR_IN_TITLE =
            Pattern.compile("^(.*?)((?:19|20)\\d{2})年度?(.*?)" + REPORT);
    /** 「某局政府信息公开工作年度报告（2021年度）」. */
    private static final Pattern YEAR_AFTER =
            Pattern.compile("^(.*?)" + REPORT + "[(（\\[【]?((?:19|20)\\d{2})年?度?[)）\\]】]?$");

    static @Nullable Title parse(String compactText) {
        if (compactText.indexOf('告') < 0 || compactText.indexOf('报') < 0) {
            return null; // every title ends in 报告: most lines are told at once
        }
        String text = PREFIX.matcher(compactText.replace("《", "").replace("》", "")).replaceFirst("");
        Matcher m = YEAR_IN_TITLE.matcher(text);
        if (m.find()) {
            String agency = clean(m.group(1));
            if (agency.isEmpty()) {
                agency = clean(m.group(3));
            }
            return new Title(text, agency.isEmpty() ? null : agency, Integer.parseInt(m.group(2)));
        }
        m = YEAR_AFTER.matcher(text);
        if (m.find()) {
            String agency = clean(m.group(1));
            return new Title(text, agency.isEmpty() ? null : agency, Integer.parseInt(m.group(2)));
        }
        return null;
    }

    /** A breadcrumb (当前位置：首页 > … > title) or a portal's field name (名称：) before the title. */
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:.*[>»＞›]|(?:当前位置|您的位置|你的位置|位置|名称|标题|题名|文件名称|信息名称)[:：]?)");

    private static final Pattern LEADING_WORDS = Pattern.compile("^(?:关于|附件\\d*[:：]?)");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\p{Punct}、，：；“”（）()【】\\[\\]-]+$");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[\\p{Punct}、，：；“”-]+");

    private static String clean(String agency) {
        String name = PREFIX.matcher(agency).replaceFirst("");
        name = LEADING_WORDS.matcher(name).replaceAll("");
        name = TRAILING_MARKS.matcher(name).replaceAll("");
        return LEADING_MARKS.matcher(name).replaceAll("");
    }
}
