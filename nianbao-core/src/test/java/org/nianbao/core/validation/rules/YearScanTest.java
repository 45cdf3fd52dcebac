package org.nianbao.core.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written year scan of {@link ReportYearRule} finds what its regular expression found, in order. */
class YearScanTest {
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final String ALPHABET = "0129 \t\n年度月共收到《》";

    @Test
    void findsTheMatchesOfTheRegularExpression() {
        qt().withExamples(20_000).forAll(integers().between(0, 30), integers().all()).checkAssert((length, seed) -> {
            SplittableRandom random = new SplittableRandom(seed);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < length; i++) {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = b.toString();
            List<Integer> expected = new ArrayList<>();
            Matcher matcher = YEAR.matcher(text);
            while (matcher.find()) {
                expected.add(matcher.start());
            }
            List<Integer> found = new ArrayList<>();
            for (int at = ReportYearRule.yearBefore(text, 0); at >= 0; at = ReportYearRule.nextYear(text, at)) {
                found.add(at);
            }
            assertThat(found).as("[%s]", text).isEqualTo(expected);
        });
    }
}
