package org.nianbao.core.document;

import org.jspecify.annotations.Nullable;

/**
 * Where a block came from: the 1-based line of the text that was parsed and, for paged formats, the page.
 *
 * @param line 1-based line (for formats without lines: the block's running number)
 * @param page 1-based page, or null
 */
public record SourceRef(int line, @Nullable Integer page) {
    public SourceRef {
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, was " + line);
        }
    }

    public static SourceRef line(int line) {
        return new SourceRef(line, null);
    }
}
