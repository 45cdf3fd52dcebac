package org.nianbao.testkit;

import java.nio.file.Path;

/**
 * One source file with its hand-checked expectation.
 *
 * @param source the source file (.txt, .pdf, …)
 * @param expectation the {@code *.expected.json} beside it
 */
public record CorpusCase(Path source, Path expectation) {
    @Override
    public String toString() {
        return source.getFileName().toString();
    }
}
