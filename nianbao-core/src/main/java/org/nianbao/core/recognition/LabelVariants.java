package org.nianbao.core.recognition;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.report.ApplicantColumn;
import org.nianbao.core.report.ApplicationRow;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.FormatVersion;
import org.nianbao.core.report.ProactiveColumn;
import org.nianbao.core.report.ProactiveItem;

/**
 * Non-standard table labels seen in real reports (format.md §G, §F4–F6): typos, outdated and shortened words. A
 * variant is recorded when the table's text holds it more often than the official wording that contains it, so
 * 「规范性文件」 inside 「行政规范性文件」 is not a variant.
 */
final class LabelVariants {

    /** A variant of an official label, with the match keys of both, worked out once. */
    record Variant(String variant, String official, CellPath path, @Nullable FormatVersion version,
            String variantKey, String officialKey) {
        Variant(String variant, String official, CellPath path, @Nullable FormatVersion version) {
            this(variant, official, path, version, Text.key(variant), Text.key(official));
        }
    }

    /** The variants of one table; the {@link Lexicon} finds their keys and their official labels' in lines. */
    record Variants(List<Variant> list) {
        Variants(Variant... variants) {
            this(List.of(variants));
        }

        List<String> variantKeys() {
            return list.stream().map(Variant::variantKey).toList();
        }

        List<String> officialKeys() {
            return list.stream().map(Variant::officialKey).toList();
        }
    }

    private static final FormatVersion V21 = FormatVersion.V2021;

    static final Variants PROACTIVE = new Variants(
            new Variant("本年度止件数", "本年废止件数", CellPath.column(CellPath.PROACTIVE, ProactiveColumn.REPEALED), V21),
            new Variant("废止件数", "本年废止件数", CellPath.column(CellPath.PROACTIVE, ProactiveColumn.REPEALED), V21),
            new Variant("本年废止", "本年废止件数", CellPath.column(CellPath.PROACTIVE, ProactiveColumn.REPEALED), V21),
            new Variant("制发件数", "本年制发件数", CellPath.column(CellPath.PROACTIVE, ProactiveColumn.ISSUED), V21),
            new Variant("本年制发", "本年制发件数", CellPath.column(CellPath.PROACTIVE, ProactiveColumn.ISSUED), V21),
            new Variant("现行有效", "现行有效件数", CellPath.column(CellPath.PROACTIVE, ProactiveColumn.IN_FORCE), V21),
            new Variant("处理决定数量", "本年处理决定数量",
                    CellPath.column(CellPath.PROACTIVE, ProactiveColumn.DECISIONS), V21),
            new Variant("本年收费金额（万元）", "本年收费金额（单位：万元）",
                    CellPath.column(CellPath.PROACTIVE, ProactiveColumn.AMOUNT_WAN), V21),
            new Variant("规范性文件", "行政规范性文件", CellPath.row(CellPath.PROACTIVE, ProactiveItem.NORMATIVE_DOC), V21));

    static final Variants APPLICATIONS = new Variants(
            new Variant("社会组织", "社会公益组织",
                    CellPath.column(CellPath.APPLICATIONS, ApplicantColumn.ORG_PUBLIC_INTEREST), null),
            new Variant("2.其他法律法规禁止公开", ApplicationRow.WITHHELD_LAW_PROHIBITED.label(),
                    CellPath.row(CellPath.APPLICATIONS, ApplicationRow.WITHHELD_LAW_PROHIBITED), null),
            new Variant("结转下一年度继续办理", ApplicationRow.CARRIED_FORWARD.label(),
                    CellPath.row(CellPath.APPLICATIONS, ApplicationRow.CARRIED_FORWARD), null));

    private LabelVariants() {}

    /** Records every variant the table text holds; {@code version} null in a variant means every version. */
    static void record(Lexicon.TableLabels table, FormatVersion version, List<SourceLine> tableLines,
            ProvenanceBuilder provenance) {
        List<Variant> variants = table.variants().list();
        Lexicon.Group variantWords = table.variantWords();
        Lexicon.Group officialWords = table.officialWords();
        int n = variants.size();
        int[] variantCounts = new int[n];
        int[] officialCounts = new int[n];
        int[] firstLines = new int[n];
        // the lexicon's marks tell the lines that hold a variant or an official label; only those are counted
        for (SourceLine line : tableLines) {
            if (!variantWords.anyIn(line) && !officialWords.anyIn(line)) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                if (variantWords.holds(line, i)) {
                    if (variantCounts[i] == 0) {
                        firstLines[i] = line.line();
                    }
                    variantCounts[i] += count(line.key(), variants.get(i).variantKey());
                }
                if (officialWords.holds(line, i)) {
                    officialCounts[i] += count(line.key(), variants.get(i).officialKey());
                }
            }
        }
        for (int i = 0; i < n; i++) {
            Variant variant = variants.get(i);
            if (variant.version() != null && variant.version() != version) {
                continue;
            }
            if (variantCounts[i] > officialCounts[i]) {
                provenance.label(variant.path(), variant.variant(), variant.official(), firstLines[i]);
            }
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
