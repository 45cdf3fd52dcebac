package org.nianbao.core.usecase;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.library.ReportLibrary;
import org.nianbao.core.library.StoredReport;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.validation.CrossReportRule;
import org.nianbao.core.validation.Finding;

/**
 * Runs the cross-report rules against a report's stored neighbours: {@code xyear.*} rules see the other years of
 * the same agency, {@code xagency.*} rules the other agencies' reports of the same year. Thread-safe.
 */
public final class CrossCheck {
    private final List<CrossReportRule> rules;
    private final ReportLibrary library;

    public CrossCheck(List<CrossReportRule> rules, ReportLibrary library) {
        this.rules = List.copyOf(rules);
        this.library = library;
    }

    /**
     * What the rules find for a report of {@code agencyId} and {@code year}.
     *
     * @param self the stored report's id, excluded from its own neighbours; null for a report not stored yet
     */
    public List<Finding> check(AnnualReport report, long agencyId, @Nullable Integer year, @Nullable Long self) {
        if (rules.isEmpty()) {
            return List.of();
        }
        List<AnnualReport> sameAgency = new ArrayList<>();
        for (StoredReport other : library.ofAgency(agencyId)) {
            if (!Objects.equals(other.id(), self)) {
                sameAgency.add(other.current().report());
            }
        }
        List<AnnualReport> sameYear = new ArrayList<>();
        if (year != null) {
            for (StoredReport other : library.ofYear(year)) {
                if (other.agency().id() != agencyId && !Objects.equals(other.id(), self)) {
                    sameYear.add(other.current().report());
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (CrossReportRule rule : rules) {
            boolean acrossYears = rule.id().id().startsWith("xyear.");
            findings.addAll(rule.check(report, acrossYears ? sameAgency : sameYear));
        }
        return findings;
    }

    /** Checks a stored report again (its neighbours changed) and stores what is found now. */
    public void recheck(StoredReport stored) {
        library.replaceCrossFindings(
                stored.id(), check(stored.current().report(), stored.agency().id(), stored.year(), stored.id()));
    }

    /**
     * Checks again the stored reports whose cross findings may change because {@code changed} was stored or
     * corrected: the same agency's previous and next years, and, when it resembles another agency's text, the
     * same year's other reports.
     */
    public void recheckNeighbours(StoredReport changed) {
        Integer year = changed.year();
        if (year == null) {
            return;
        }
        for (StoredReport other : library.ofAgency(changed.agency().id())) {
            if (other.id() != changed.id() && other.year() != null && Math.abs(other.year() - year) == 1) {
                recheck(other);
            }
        }
        boolean copiedAcrossAgencies = changed.crossFindings().stream()
                .anyMatch(finding -> finding.rule().id().startsWith("xagency."));
        if (copiedAcrossAgencies) {
            for (StoredReport other : library.ofYear(year)) {
                if (other.id() != changed.id() && other.agency().id() != changed.agency().id()) {
                    recheck(other);
                }
            }
        }
    }
}
