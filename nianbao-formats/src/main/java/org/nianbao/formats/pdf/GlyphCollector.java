package org.nianbao.formats.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The characters of one page with their positions, taken from PDFBox's text stripper (which maps fonts to
 * Unicode and drops the duplicate glyphs producers draw for bold text). Not thread-safe: one per read.
 */
final class GlyphCollector extends PDFTextStripper {
    private final List<Glyph> glyphs = new ArrayList<>();

    GlyphCollector() {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    /** The glyphs of the 1-based page {@code page}. */
    List<Glyph> collect(PDDocument document, int page) throws IOException {
        glyphs.clear();
        setStartPage(page);
        setEndPage(page);
        writeText(document, Writer.nullWriter());
        return List.copyOf(glyphs);
    }

    @Override
    protected void writePage() {
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition position : article) {
                String text = position.getUnicode();
                if (text == null || text.isBlank()) {
                    continue;
                }
                float size = position.getFontSizeInPt();
                float height = position.getHeightDir();
                if (height <= 0 || size > 0 && height < size * 0.5f) {
                    height = size > 0 ? size * 0.8f : Math.max(height, 1f);
                }
                // a character written alone on its line (vertical labels) may carry the whole line's advance as
                // its width: no glyph is wider than about one em per character
                float width = position.getWidthDirAdj();
                if (size > 0) {
                    width = Math.min(width, size * 1.1f * text.length());
                }
                glyphs.add(new Glyph(position.getXDirAdj(), position.getYDirAdj(), width, height, text));
            }
        }
    }
}
