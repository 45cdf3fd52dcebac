package org.nianbao.core.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.validation.CrossReportRule;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.FindingMessages;
import org.nianbao.core.validation.RuleId;

/**
 * xagency.copied_text: the narrative is near-identical to another agency's report of the same year (format.md
 * §C.4 C23, §F F10: copying across regions).
 *
 * <p>{@code others} are reports of other agencies; only those of the report's year are compared, and a report
 * of the same agency name is skipped (two editions of one report are not copying). Similarity and threshold are
 * those of {@link CopiedText}; texts of fewer than {@value TextFingerprint#MIN_CHARACTERS} normalised characters
 * are not compared. One finding at most, on no cell, naming the most similar report:
 * 「正文与某市某局2022年报告约95%相同」.
 *
 * <p>Meant to run against thousands of reports: fingerprints are computed once per report object
 * ({@link TextFingerprint#of(AnnualReport)}) and a comparison stops as soon as it cannot reach the threshold.
 */
public final class CopiedFromOtherAgencyRule implements CrossReportRule {
    /** How the message names a report that names no agency. */
    static final String UNNAMED = "未署名单位";

    @Override
    public RuleId id() {
        return RuleId.XAGENCY_COPIED_TEXT;
    }

    @Override
    public List<Finding> check(AnnualReport report, List<AnnualReport> others) {
        Integer year = report.year();
        if (year == null) {
            return List.of();
        }
        List<AnnualReport> candidates = new ArrayList<>();
        for (AnnualReport other : Peers.ofYear(others, year, report)) {
            if (report.agency() == null || !report.agency().equals(other.agency())) {
                candidates.add(other);
            }
        }
        return CopiedText.closest(report, candidates)
                .map(match -> {
                    String agency = match.other().agency();
                    return List.of(Finding.of(id(), null, null, null, FindingMessages.format(id().id(),
                            agency == null ? UNNAMED : agency, year, match.percent())));
                })
                .orElse(List.of());
    }
}
