package org.nianbao.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The three places a rule is declared agree: the catalogue {@code docs/spec/rules.md}, {@link RuleId} and the
 * sentences of {@code messages.properties}; and every rule class is registered once.
 */
class RuleCatalogueTest {
    /** A catalogue row: {@code | `t3.row_total` | rule |} or {@code | `section.order` | warning | rule |}. */
    private static final Pattern ROW = Pattern.compile(
            "^\\|\\s*`([a-z0-9_.]+)`\\s*\\|(?:\\s*(error|warning|info)\\s*\\|)?", Pattern.MULTILINE);

    @Test
    void catalogueAndRuleIdsNameTheSameRulesWithTheSameSeverities() throws IOException {
        Map<String, String> catalogue = catalogue();

        assertThat(catalogue.keySet())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(RuleId.values()).map(RuleId::id).toList());
        for (RuleId rule : RuleId.values()) {
            assertThat(catalogue.get(rule.id())).as(rule.id()).isEqualTo(rule.severity().key());
        }
    }

    @Test
    void everyRuleHasASentence() {
        for (RuleId rule : RuleId.values()) {
            boolean hasSentence = FindingMessages.has(rule.id())
                    || Arrays.stream(sentenceKeys()).anyMatch(key -> key.startsWith(rule.id() + "."));
            assertThat(hasSentence).as("a sentence for " + rule.id()).isTrue();
        }
    }

    @Test
    void everyRuleIsRegisteredOnce() {
        List<RuleId> registered = StandardRules.all().stream().map(Rule::id).collect(Collectors.toList());
        CrossReportRules.standard().forEach(rule -> registered.add(rule.id()));

        assertThat(registered).doesNotHaveDuplicates();
        // Rules whose findings come from elsewhere than a rule class: source.ocr is made by the pipeline.
        assertThat(registered).containsExactlyInAnyOrder(
                Arrays.stream(RuleId.values()).filter(rule -> rule != RuleId.SOURCE_OCR).toArray(RuleId[]::new));
    }

    /** Rule id → severity key; the arithmetic table has no severity column: its heading says error. */
    private static Map<String, String> catalogue() throws IOException {
        Path corpus = Paths.get(System.getProperty("corpus.dir", "../corpus"));
        String text = Files.readString(corpus.resolveSibling("docs/spec/rules.md"), StandardCharsets.UTF_8);
        Map<String, String> rules = new LinkedHashMap<>();
        Matcher row = ROW.matcher(text);
        while (row.find()) {
            rules.put(row.group(1), row.group(2) == null ? "error" : row.group(2));
        }
        return rules;
    }

    private static String[] sentenceKeys() {
        return ResourceBundle.getBundle("org.nianbao.core.validation.messages", Locale.ROOT)
                .keySet()
                .toArray(String[]::new);
    }
}
