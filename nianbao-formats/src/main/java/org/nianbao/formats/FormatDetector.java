package org.nianbao.formats;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.nianbao.core.document.SourceFormat;

/** Tells the format of a file from its first bytes (magic numbers), never from its name. */
public final class FormatDetector {
    private static final int SNIFF_BYTES = 1024;
    private static final int HTML_SNIFF_BYTES = 64 * 1024;
    private static final String[] HTML_TAGS = {
        "<html", "<!doctype html", "<head", "<body", "<meta", "<title", "<table", "<div", "<p>", "<p ", "<span",
        "<br", "<font", "<h1", "<h2", "<style", "<script", "<link"
    };

    private FormatDetector() {}

    /** The format, or empty when the bytes look like no format nianbao knows (such as an image). */
    public static Optional<SourceFormat> detect(byte[] content) {
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46)) {
            return Optional.of(SourceFormat.PDF);
        }
        if (isZip(content)) {
            return Optional.of(SourceFormat.DOCX);
        }
        if (isOle2(content)) {
            return Optional.of(SourceFormat.DOC);
        }
        if (looksLikeHtml(content)) {
            return Optional.of(SourceFormat.HTML);
        }
        if (looksBinary(content)) {
            return Optional.empty();
        }
        return Optional.of(SourceFormat.TEXT);
    }

    /**
     * HTML: {@code <html>}, {@code <!doctype html>} or {@code <body>} in the first kilobyte; or a file that begins
     * with markup (after a byte-order mark and whitespace, so also after a long comment or an XML declaration) and
     * shows an HTML tag in its first {@value #HTML_SNIFF_BYTES} bytes, such as a saved fragment starting with
     * {@code <meta>} or {@code <table>}. UTF-16 pages, with or without a byte-order mark, are read as their ASCII
     * characters.
     */
    private static boolean looksLikeHtml(byte[] content) {
        String head = asciiHead(content).toLowerCase(Locale.ROOT);
        String first = head.substring(0, Math.min(head.length(), SNIFF_BYTES));
        if (first.contains("<html") || first.contains("<!doctype html") || first.contains("<body")) {
            return true;
        }
        if (!head.stripLeading().startsWith("<")) {
            return false;
        }
        for (String tag : HTML_TAGS) {
            if (head.contains(tag)) {
                return true;
            }
        }
        return false;
    }

    /** The first bytes as characters: a UTF-8 byte-order mark skipped, UTF-16 reduced to its low bytes. */
    private static String asciiHead(byte[] content) {
        int limit = Math.min(content.length, HTML_SNIFF_BYTES);
        int offset = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        int utf16 = utf16(content);
        if (utf16 < 0) {
            return new String(content, offset, limit - offset, StandardCharsets.ISO_8859_1);
        }
        StringBuilder ascii = new StringBuilder(limit / 2);
        int start = startsWith(content, 0xFF, 0xFE) || startsWith(content, 0xFE, 0xFF) ? 2 : 0;
        for (int pair = start; pair + 1 < limit; pair += 2) {
            int low = content[pair + utf16] & 0xFF;
            int high = content[pair + 1 - utf16] & 0xFF;
            ascii.append(high == 0 ? (char) low : '\uFFFD');
        }
        return ascii.toString();
    }

    /**
     * 0 for UTF-16LE, 1 for UTF-16BE (the position of the low byte in a pair), -1 for neither: by byte-order mark,
     * or by markup's zero bytes falling on one side of the pairs only.
     */
    private static int utf16(byte[] content) {
        if (startsWith(content, 0xFF, 0xFE)) {
            return 0;
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return 1;
        }
        int limit = Math.min(content.length, SNIFF_BYTES) & ~1;
        if (limit < 8) {
            return -1;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < limit; i += 2) {
            evenZeros += content[i] == 0 ? 1 : 0;
            oddZeros += content[i + 1] == 0 ? 1 : 0;
        }
        int pairs = limit / 2;
        if (oddZeros * 2 >= pairs && evenZeros * 20 <= pairs) {
            return 0;
        }
        if (evenZeros * 2 >= pairs && oddZeros * 20 <= pairs) {
            return 1;
        }
        return -1;
    }

    /** A ZIP archive (Office Open XML): a local file header, or the end record of an empty ZIP. */
    public static boolean isZip(byte[] content) {
        return startsWith(content, 0x50, 0x4B, 0x03, 0x04) || startsWith(content, 0x50, 0x4B, 0x05, 0x06);
    }

    /** An OLE2 compound file: legacy Word, Excel, or an encrypted Office Open XML package. */
    public static boolean isOle2(byte[] content) {
        return startsWith(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes or many control characters in the first kilobytes: not text in any encoding we read. */
    private static boolean looksBinary(byte[] content) {
        boolean utf16 = content.length >= 2
                && ((content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE
                        || (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF);
        if (utf16) {
            return false;
        }
        int limit = Math.min(content.length, 8 * SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < limit; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || b > 0x0D && b < 0x20 && b != 0x1B) {
                control++;
            }
        }
        return limit > 0 && control * 20 > limit;
    }
}
