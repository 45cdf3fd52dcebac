package org.nianbao.formats.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font every rendered PDF embeds: WenQuanYi Micro Hei, shipped in the jar as the TrueType collection
 * {@code fonts/wqy-microhei.ttc} (two faces: Micro Hei and Micro Hei Mono).
 *
 * <p>openhtmltopdf's {@code useFont(FSSupplier<InputStream>…)} hands the stream to PDFBox as a single TrueType
 * font and fails on a collection, and its font resolver's {@code addFontCollection} loads every face of a
 * collection under one family name. So the regular face is taken out of the collection with FontBox
 * ({@link TrueTypeCollection#getFontByName}) and, for each PDF, loaded into that document as a Type 0 (CID) font
 * embedded as a subset of the glyphs used, with a ToUnicode map; the PDF renderer gives it to openhtmltopdf as a
 * {@code PDFontSupplier}.
 *
 * <p>The collection is parsed once per JVM and the face shared by all renders, as PDFBox's own font cache shares
 * its fonts between documents: FontBox reads a parsed font under its own locks, and each document gets its own
 * {@link PDType0Font} (and subset) from it. Parsing the 5 MB collection for every PDF cost about 15–30 ms.
 */
final class EmbeddedFont {
    /** The collection in the jar. */
    static final String RESOURCE = "/org/nianbao/formats/fonts/wqy-microhei.ttc";
    /** The PostScript name of the regular face inside the collection. */
    static final String POSTSCRIPT_NAME = "WenQuanYiMicroHei";

    private EmbeddedFont() {}

    /** The face loaded into {@code document} as a Type 0 font, to be embedded as a subset of the glyphs used. */
    static PDType0Font load(PDDocument document) throws IOException {
        return PDType0Font.load(document, Face.FONT, true);
    }

    /** The parsed face, made when first needed; the collection stays open for the life of the JVM. */
    private static final class Face {
        static final TrueTypeFont FONT = parse();

        private static TrueTypeFont parse() {
            try (InputStream in = EmbeddedFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing font resource " + RESOURCE);
                }
                @SuppressWarnings("resource") // kept open: the face reads its tables and glyphs from it
                TrueTypeCollection collection = new TrueTypeCollection(in);
                TrueTypeFont font = collection.getFontByName(POSTSCRIPT_NAME);
                if (font == null) {
                    throw new IllegalStateException(RESOURCE + " has no face named " + POSTSCRIPT_NAME);
                }
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
