package org.nianbao.formats.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.nianbao.core.document.Block;
import org.nianbao.core.document.SourceRef;

/**
 * Lays out one page: the glyphs inside a ruled table go to their cells (a cell's lines joined, as a label wrapped
 * inside its cell), every other glyph to a text line; tables and lines come out top to bottom. Page numbers in the
 * top and bottom margins (「-3-」, 「第 3 页」) are dropped. Deterministic.
 */
final class PageLayout {
    /** Margins (share of the page height) where a lone page number is a header or footer. */
    private static final float MARGIN = 0.12f;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－_ ]*\\d{1,4}[-—–－_ ]*|第\\s*\\d{1,4}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4}");

    private PageLayout() {}

    /** Numbers every block it makes; lines continue across pages. */
    interface LineCounter {
        int next();
    }

    static List<Block> blocks(
            List<Glyph> glyphs, List<Ruling> rulings, float pageHeight, int page, LineCounter counter) {
        List<Lattice.Grid> grids = Lattice.grids(rulings);
        List<List<List<Glyph>>> cellGlyphs = new ArrayList<>();
        for (Lattice.Grid grid : grids) {
            List<List<Glyph>> cells = new ArrayList<>(grid.rows() * grid.columns());
            for (int i = 0; i < grid.rows() * grid.columns(); i++) {
                cells.add(new ArrayList<>());
            }
            cellGlyphs.add(cells);
        }
        List<Glyph> free = new ArrayList<>();
        for (Glyph glyph : glyphs) {
            boolean placed = false;
            for (int t = 0; t < grids.size() && !placed; t++) {
                int cell = grids.get(t).cellAt(glyph.centerX(), glyph.centerY());
                if (cell >= 0) {
                    cellGlyphs.get(t).get(cell).add(glyph);
                    placed = true;
                }
            }
            if (!placed) {
                free.add(glyph);
            }
        }

        List<Placed> placed = new ArrayList<>();
        for (List<Glyph> line : TextLines.lines(free)) {
            String text = TextLines.text(line, true);
            float top = line.get(0).top();
            float baseline = line.get(0).baseline();
            boolean inMargin = baseline < pageHeight * MARGIN || top > pageHeight * (1 - MARGIN);
            if (inMargin && PAGE_NUMBER.matcher(text.strip()).matches()) {
                continue;
            }
            placed.add(new Placed(top, text, null));
        }
        for (int t = 0; t < grids.size(); t++) {
            placed.add(new Placed(grids.get(t).top(), null, table(grids.get(t), cellGlyphs.get(t))));
        }
        placed.sort(Comparator.comparingDouble(Placed::top));

        List<Block> blocks = new ArrayList<>(placed.size());
        for (Placed p : placed) {
            if (p.text() != null) {
                blocks.add(new Block.Paragraph(p.text(), new SourceRef(counter.next(), page)));
            } else {
                List<Block.Row> rows = new ArrayList<>();
                int first = -1;
                for (List<String> cells : p.rows()) {
                    int line = counter.next();
                    first = first < 0 ? line : first;
                    rows.add(new Block.Row(cells, new SourceRef(line, page)));
                }
                if (!rows.isEmpty()) {
                    blocks.add(new Block.Table(rows, new SourceRef(first, page)));
                }
            }
        }
        return blocks;
    }

    /** The rows of a table: each merged cell's text at its top-left grid position, "" elsewhere; empty rows dropped. */
    private static List<List<String>> table(Lattice.Grid grid, List<List<Glyph>> cellGlyphs) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < grid.rows(); r++) {
            List<String> cells = new ArrayList<>(grid.columns());
            boolean any = false;
            for (int c = 0; c < grid.columns(); c++) {
                String text = "";
                if (grid.isAnchor(r, c)) {
                    text = cellText(cellGlyphs.get(r * grid.columns() + c));
                }
                any |= !text.isEmpty();
                cells.add(text);
            }
            if (any) {
                rows.add(cells);
            }
        }
        return rows;
    }

    /**
     * A cell's lines, top to bottom, joined without a separator: a label wrapped inside its cell, or a number
     * wrapped in a narrow column ({@code 5} over {@code 7} is 57).
     */
    private static String cellText(List<Glyph> glyphs) {
        if (glyphs.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (List<Glyph> line : TextLines.lines(glyphs)) {
            text.append(TextLines.text(line, false).strip());
        }
        return text.toString();
    }

    /** A text line or a table, by its top. */
    private record Placed(float top, String text, List<List<String>> rows) {}
}
