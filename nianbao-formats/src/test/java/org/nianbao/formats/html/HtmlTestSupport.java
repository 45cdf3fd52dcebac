package org.nianbao.formats.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.core.document.Block;
import org.nianbao.core.document.ExtractedDocument;

/** Helpers for the HTML reader's tests. */
final class HtmlTestSupport {
    static final HtmlDocumentReader READER = new HtmlDocumentReader();

    private HtmlTestSupport() {}

    /** Reads a page given as text, in UTF-8. */
    static ExtractedDocument read(String html) {
        return READER.read("page.html", html.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The document as lines: a paragraph as its text, a table row as its cells between bars (「|自然人|1||」, an
     * empty cell shows as nothing between two bars).
     */
    static List<String> lines(ExtractedDocument document) {
        List<String> lines = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof Block.Paragraph) {
                lines.add(((Block.Paragraph) block).text());
            } else {
                for (Block.Row row : ((Block.Table) block).rows()) {
                    lines.add("|" + String.join("|", row.cells()) + "|");
                }
            }
        }
        return lines;
    }

    /** The lines of a page given as text. */
    static List<String> linesOf(String html) {
        return lines(read(html));
    }

    /** The rows of the only table of a page, as lists of cells. */
    static List<List<String>> onlyTable(String html) {
        List<Block.Table> tables = read(html).blocks().stream()
                .filter(Block.Table.class::isInstance).map(Block.Table.class::cast).toList();
        if (tables.size() != 1) {
            throw new AssertionError("expected one table, found " + tables.size());
        }
        return tables.get(0).rows().stream().map(Block.Row::cells).toList();
    }

    static byte[] resource(String name) {
        try (InputStream in = HtmlTestSupport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
