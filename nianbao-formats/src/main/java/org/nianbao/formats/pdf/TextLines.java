package org.nianbao.formats.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Glyphs grouped into lines by their baselines and read left to right. */
final class TextLines {
    /** Glyphs whose baselines differ by less than this share of their height are on one line. */
    private static final float SAME_LINE = 0.5f;
    /** A gap wider than this many glyph heights separates two cells of a line (written as a tab). */
    private static final float CELL_GAP = 1.6f;
    /** A gap wider than this share of a glyph height is a space. */
    private static final float WORD_GAP = 0.25f;

    /** Between two Chinese characters only a gap this wide (glyph heights) is a space: Chinese has none. */
    private static final float CJK_GAP = 1.0f;

    private TextLines() {}

    private static boolean isCjk(Glyph glyph) {
        String text = glyph.text();
        return !text.isEmpty() && Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.HAN
                && Character.UnicodeScript.of(text.codePointBefore(text.length())) == Character.UnicodeScript.HAN;
    }

    /** The lines, top to bottom, each left to right. */
    static List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> line = new ArrayList<>();
        float baseline = Float.NaN;
        float height = 0;
        for (Glyph glyph : sorted) {
            if (!line.isEmpty() && glyph.baseline() - baseline > SAME_LINE * Math.max(height, glyph.height())) {
                lines.add(line);
                line = new ArrayList<>();
            }
            if (line.isEmpty()) {
                baseline = glyph.baseline();
                height = glyph.height();
            }
            line.add(glyph);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        for (List<Glyph> l : lines) {
            l.sort(Comparator.comparingDouble(Glyph::x));
        }
        return lines;
    }

    /**
     * The text of one line, left to right: a space where glyphs stand apart, a tab where the gap is wide enough to
     * separate cells (only when {@code tabs}).
     */
    static String text(List<Glyph> line, boolean tabs) {
        StringBuilder text = new StringBuilder();
        Glyph previous = null;
        for (Glyph glyph : line) {
            if (previous != null) {
                float gap = glyph.x() - previous.right();
                float size = Math.max(previous.height(), glyph.height());
                if (tabs && gap > CELL_GAP * size) {
                    text.append('\t');
                } else if (gap > (isCjk(previous) && isCjk(glyph) ? CJK_GAP : WORD_GAP) * size) {
                    text.append(' ');
                }
            }
            text.append(glyph.text());
            previous = glyph;
        }
        return text.toString();
    }
}
