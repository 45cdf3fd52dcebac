package org.nianbao.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.testkit.CorpusCase;

/**
 * The hand-checked {@code report} of every corpus seed is canonical JSON already: reading it and writing it back
 * gives the same tree with the keys in the same order.
 */
class CanonicalJsonCorpusTest {

    @ParameterizedTest
    @MethodSource("org.nianbao.testkit.Corpus#seeds")
    @SuppressWarnings("unchecked")
    void expectedReportIsWrittenBackUnchanged(CorpusCase corpusCase) throws IOException {
        Map<String, Object> expectation = (Map<String, Object>)
                CanonicalJson.readTree(Files.readString(corpusCase.expectation(), StandardCharsets.UTF_8));
        Map<String, Object> report = (Map<String, Object>) expectation.get("report");

        String written = CanonicalJson.write(CanonicalJson.readReport(report));

        assertThat(leaves(CanonicalJson.readTree(written))).containsExactlyElementsOf(leaves(report));
    }

    /** Every leaf as "path = value", in document order, so that a difference in key order is a difference. */
    private static List<String> leaves(@Nullable Object tree) {
        List<String> leaves = new ArrayList<>();
        collect("", tree, leaves);
        return leaves;
    }

    private static void collect(String path, @Nullable Object tree, List<String> leaves) {
        if (tree instanceof Map<?, ?> map && !map.isEmpty()) {
            map.forEach((key, value) -> collect(path.isEmpty() ? key.toString() : path + "." + key, value, leaves));
        } else if (tree instanceof List<?> list && !list.isEmpty()) {
            for (int i = 0; i < list.size(); i++) {
                collect(path + "[" + i + "]", list.get(i), leaves);
            }
        } else {
            leaves.add(path + " = " + (tree instanceof String ? "\"" + tree + "\"" : tree));
        }
    }
}
