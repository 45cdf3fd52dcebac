package org.nianbao.formats.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font every rendered PDF embeds: WenQuanYi Micro Hei, shipped in the jar as the TrueType collection
 * {@code fonts/wqy-microhei.ttc} (two faces: Micro Hei and Micro Hei Mono). openhtmltopdf's
 * {@code useFont(FSSupplier<InputStream>…)} expects a single TrueType font and would fail on a collection, and
 * registering the whole collection through its font resolver loads both faces under one family; so the regular face
 * is taken out of the collection with FontBox and loaded as a subset Type 0 (CID) font into the document being
 * written, which openhtmltopdf then uses through a {@code PDFontSupplier}. The collection's bytes are read once and
 * kept (about 5 MB); each render parses its own {@link TrueTypeCollection} from them, because FontBox fonts are not
 * safe to share between threads. No system font is ever looked up.
 */
final class EmbeddedFont implements AutoCloseable {
    /** The collection in the jar. */
    static final String RESOURCE = "/org/nianbao/formats/fonts/wqy-microhei.ttc";
    /** The PostScript name of the regular face inside the collection. */
    static final String POSTSCRIPT_NAME = "WenQuanYiMicroHei";

    private static final byte[] COLLECTION = read();

    private final TrueTypeCollection collection;
    private final TrueTypeFont font;

    private EmbeddedFont(TrueTypeCollection collection, TrueTypeFont font) {
        this.collection = collection;
        this.font = font;
    }

    /** Parses the collection for one render; close it after the document is saved (subsetting reads it). */
    static EmbeddedFont open() throws IOException {
        TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(COLLECTION));
        try {
            TrueTypeFont font = collection.getFontByName(POSTSCRIPT_NAME);
            if (font == null) {
                throw new IOException(RESOURCE + " has no face named " + POSTSCRIPT_NAME);
            }
            return new EmbeddedFont(collection, font);
        } catch (IOException | RuntimeException e) {
            collection.close();
            throw e;
        }
    }

    /** The face loaded into {@code document} as a Type 0 font, embedded as a subset of the glyphs used. */
    PDType0Font load(PDDocument document) throws IOException {
        return PDType0Font.load(document, font, true);
    }

    @Override
    public void close() throws IOException {
        collection.close();
    }

    private static byte[] read() {
        try (InputStream in = EmbeddedFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing font resource " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
