package org.nianbao.core.validation.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.validation.Finding;

/** The reports a cross-report rule compares with, picked from those the caller handed it. */
final class Peers {
    private Peers() {}

    /** The reports of {@code year} among {@code others}, without {@code report} itself. */
    static List<AnnualReport> ofYear(List<AnnualReport> others, int year, AnnualReport report) {
        List<AnnualReport> peers = new ArrayList<>();
        for (AnnualReport other : others) {
            Integer otherYear = other.year();
            if (other != report && otherYear != null && otherYear == year) {
                peers.add(other);
            }
        }
        return peers;
    }

    /**
     * The shortest of the finding lists, each from comparing with one report of the same year: a report may be
     * stored twice (a corrected edition), and a break is real only if no edition agrees.
     */
    static List<Finding> fewest(List<List<Finding>> candidates) {
        return candidates.stream().min(Comparator.comparingInt(List::size)).orElse(List.of());
    }
}
