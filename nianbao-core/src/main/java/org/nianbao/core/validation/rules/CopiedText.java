package org.nianbao.core.validation.rules;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.report.AnnualReport;

/**
 * What the two copied-text rules share: the threshold and the search for the closest text.
 *
 * <p>The similarity of a report to another is the share of its {@link TextFingerprint} shingles found in the
 * other's. Two real reports written independently share little: the five corpus seeds (bodies in Henan, 2021 and
 * 2024) share 2–6% with one another. A report that keeps another's text and changes only numbers,
 * years and names scores close to 100%. The threshold of {@value #THRESHOLD} is far above the first and just
 * below what the 「about 90% repeated」 reports criticised by 法治蓝皮书 2017 (format.md §F F10) measure: each
 * place where a copier reworded something also loses the {@value TextFingerprint#SHINGLE} − 1 shingles around
 * it. On the seeds, a text that keeps 87% and replaces whole sentences measures 83–91%; one that rewrites 10% in
 * scattered eight-character phrases measures 81%; one that rewrites 10% in scattered four-character words
 * (75%) is reworded throughout and is not flagged.
 */
final class CopiedText {
    /** From this share of shared shingles on, a text counts as copied. */
    static final double THRESHOLD = 0.8;

    /** The closest other report and the share of this report's text found in it. */
    record Match(AnnualReport other, double similarity) {
        /** The similarity in whole percent, rounded down so that it never overstates. */
        int percent() {
            return (int) Math.floor(similarity * 100 + 1e-9);
        }
    }

    private CopiedText() {}

    /** The candidate whose text holds the largest share of this report's, if that share reaches the threshold. */
    static Optional<Match> closest(AnnualReport report, List<AnnualReport> candidates) {
        TextFingerprint mine = TextFingerprint.of(report);
        if (!mine.isComparable()) {
            return Optional.empty();
        }
        @Nullable Match best = null;
        for (AnnualReport candidate : candidates) {
            TextFingerprint theirs = TextFingerprint.of(candidate);
            if (!theirs.isComparable()) {
                continue;
            }
            double floor = best == null ? THRESHOLD : best.similarity();
            double similarity = mine.containmentIn(theirs, floor);
            if (similarity >= floor && (best == null || similarity > best.similarity())) {
                best = new Match(candidate, similarity);
            }
        }
        return Optional.ofNullable(best);
    }
}
