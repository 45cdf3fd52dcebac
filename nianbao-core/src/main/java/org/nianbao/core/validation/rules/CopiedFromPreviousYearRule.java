package org.nianbao.core.validation.rules;

import java.util.List;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.validation.CrossReportRule;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.FindingMessages;
import org.nianbao.core.validation.RuleId;

/**
 * xyear.copied_text: the narrative is near-identical to the same agency's report of the year before (format.md
 * §C.4 C23, §F F10 and F11: reports repeating about 90% of the previous year, or the same report with only the
 * year changed).
 *
 * <p>{@code others} are the agency's other reports; only those of the year before are compared. Similarity and
 * threshold are those of {@link CopiedText}: the share of this report's normalised text (numbers, years, the
 * agency's name and self-references removed; {@link TextFingerprint}) found in the previous report's. Texts of
 * fewer than {@value TextFingerprint#MIN_CHARACTERS} normalised characters are not compared. One finding at
 * most, on no cell: 「正文与2021年报告约93%相同」.
 */
public final class CopiedFromPreviousYearRule implements CrossReportRule {
    @Override
    public RuleId id() {
        return RuleId.XYEAR_COPIED_TEXT;
    }

    @Override
    public List<Finding> check(AnnualReport report, List<AnnualReport> others) {
        Integer year = report.year();
        if (year == null) {
            return List.of();
        }
        return CopiedText.closest(report, Peers.ofYear(others, year - 1, report))
                .map(match -> List.of(Finding.of(id(), null, null, null,
                        FindingMessages.format(id().id(), year - 1, match.percent()))))
                .orElse(List.of());
    }
}
