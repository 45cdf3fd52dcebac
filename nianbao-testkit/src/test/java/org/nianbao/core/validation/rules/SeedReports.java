package org.nianbao.core.validation.rules;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.Section;
import org.nianbao.testkit.Corpus;
import org.nianbao.testkit.CorpusCase;

/** Real reports with their text, from the corpus seeds, and copies of them as a copier would make them. */
final class SeedReports {
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private SeedReports() {}

    /** The report of the seed whose file name starts with {@code prefix} ({@code "000"}). */
    static AnnualReport seed(String prefix) {
        CorpusCase seed = Corpus.seeds()
                .filter(c -> c.source().getFileName().toString().startsWith(prefix))
                .findFirst()
                .orElseThrow();
        return Corpus.recognize(seed);
    }

    /** The report under another agency name and year, its section texts edited. */
    static AnnualReport rewritten(AnnualReport report, String agency, int year, UnaryOperator<String> edit) {
        Map<Section, String> sections = new EnumMap<>(Section.class);
        report.sections().forEach((section, text) -> sections.put(section, edit.apply(text)));
        return new AnnualReport(report.formatVersion(), agency, year, agency + year + "年政府信息公开工作年度报告",
                sections, report.proactive(), report.applications(), report.reviewLitigation());
    }

    /** Every digit replaced by the next one: other counts, other years. */
    static String otherNumbers(String text) {
        Matcher digits = DIGIT.matcher(text);
        return digits.replaceAll(digit -> String.valueOf((digit.group().charAt(0) - '0' + 1) % 10));
    }
}
