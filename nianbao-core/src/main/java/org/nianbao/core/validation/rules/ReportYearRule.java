package org.nianbao.core.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
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
        for (Sentences.Sentence sentence : Sentences.of(report)) {
            String text = sentence.text();
            if (text.indexOf('年') < 0 || !containsAny(text, FACT) || containsAny(text, NOT_A_FACT)) {
                continue;
            }
            Matcher matcher = YEAR.matcher(text);
            while (matcher.find()) {
                int stated = Integer.parseInt(matcher.group(1));
                if (stated == year || insideQuotation(text, matcher.start()) || followsConnective(text, matcher.start())) {
                    continue;
                }
                String quote = Sentences.quote(text, matcher.start(), 24);
                String section = report.sections().get(sentence.section());
                findings.add(Finding.of(id(), CellPath.section(sentence.section()), year, stated,
                                FindingMessages.format(id().id(), Sentences.partName(sentence.section()), quote, year))
                        .withLine(provenance.lineOf(sentence.section(), section, sentence.offset())));
                break;
            }
        }
        return findings;
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
