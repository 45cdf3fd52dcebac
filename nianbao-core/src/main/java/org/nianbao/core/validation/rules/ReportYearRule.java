package org.nianbao.core.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.Provenance;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.FindingMessages;
import org.nianbao.core.validation.Rule;
import org.nianbao.core.validation.RuleId;

/**
 * year.mismatch: the text states a statistic or fee fact for a year other than the report year, as a 2021
 * report saying 「2022年我单位未收取政府信息公开处理费」 (format.md §C.4 C17). Plans, comparisons, citations of
 * documents and carry-overs name other years legitimately and are left alone.
 */
public final class ReportYearRule implements Rule {
    private static final String[] FACT = {"收取", "处理费", "收费", "收到", "受理", "新收", "办理", "答复", "发布", "公开信息", "主动公开", "申请"};
    private static final String[] NOT_A_FACT = {"将", "计划", "下一步", "明年", "来年", "今后", "预计", "结转", "同比", "以来", "要点", "截至", "截止", "以前", "之前", "期间", "年底前", "比上年", "较上年"};
    private static final Pattern BEFORE_YEAR = Pattern.compile("(?:较|比|与|自|从|至|到|和|及|、|〔|\\[|第)\\s*$");

    @Override
    public RuleId id() {
        return RuleId.YEAR_MISMATCH;
    }

    @Override
    public List<Finding> check(AnnualReport report, Provenance provenance) {
        Integer year = report.year();
        if (year == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        Sentences.Finder nian = new Sentences.Finder("年");
        for (Sentences.Sentence sentence : Sentences.of(report)) {
            if (!nian.in(sentence)) {
                continue; // no year without 年
            }
            String text = sentence.text();
            // the sentences that name another year are few: look for one before reading the words
            int at = yearBefore(text, 0);
            while (at >= 0 && year(text, at) == year) {
                at = nextYear(text, at);
            }
            if (at < 0 || !containsAny(text, FACT) || containsAny(text, NOT_A_FACT)) {
                continue;
            }
            for (; at >= 0; at = nextYear(text, at)) {
                int stated = year(text, at);
                if (stated == year || insideQuotation(text, at) || followsConnective(text, at)) {
                    continue;
                }
                String quote = Sentences.quote(text, at, 24);
                String section = report.sections().get(sentence.section());
                findings.add(Finding.of(id(), CellPath.section(sentence.section()), year, stated,
                                FindingMessages.format(id().id(), Sentences.partName(sentence.section()), quote, year))
                        .withLine(provenance.lineOf(sentence.section(), section, sentence.offset())));
                break;
            }
        }
        return findings;
    }

    /**
     * Where the next year written before 年 starts, looking from {@code from}: four digits 19xx or 20xx, then
     * whitespace or nothing, then 年 (the regular expression {@code ((?:19|20)\d{2})\s*年}, found by hand: this
     * runs on every sentence). -1 when there is none.
     */
    static int yearBefore(String text, int from) {
        for (int nian = text.indexOf('年', from); nian >= 0; nian = text.indexOf('年', nian + 1)) {
            int end = nian;
            while (end > 0 && isRegexSpace(text.charAt(end - 1))) {
                end--;
            }
            int start = end - 4;
            if (start >= from && isDigit(text.charAt(start)) && isDigit(text.charAt(start + 1))
                    && isDigit(text.charAt(start + 2)) && isDigit(text.charAt(start + 3))
                    && (text.charAt(start) == '1' && text.charAt(start + 1) == '9'
                            || text.charAt(start) == '2' && text.charAt(start + 1) == '0')) {
                return start;
            }
        }
        return -1;
    }

    /** The year after the one found at {@code at}: looked for past that one's 年, as the regular expression went on. */
    static int nextYear(String text, int at) {
        return yearBefore(text, text.indexOf('年', at + 4) + 1);
    }

    private static int year(String text, int at) {
        return (text.charAt(at) - '0') * 1000 + (text.charAt(at + 1) - '0') * 100 + (text.charAt(at + 2) - '0') * 10
                + (text.charAt(at + 3) - '0');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code \s} of a regular expression: ASCII whitespace only. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Inside 《…》 or 〈…〉: the title of a document, such as 《2021年政务公开工作要点》. */
    private static boolean insideQuotation(String text, int at) {
        int open = Math.max(text.lastIndexOf('《', at), text.lastIndexOf('〈', at));
        int close = Math.max(text.lastIndexOf('》', at), text.lastIndexOf('〉', at));
        return open > close;
    }

    private static boolean followsConnective(String text, int at) {
        return BEFORE_YEAR.matcher(text.substring(Math.max(0, at - 3), at)).find();
    }

    /** Whether the text contains one of the words (plain substring search: faster than an alternation). */
    private static boolean containsAny(String text, String[] words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
