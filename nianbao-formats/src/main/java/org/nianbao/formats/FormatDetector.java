package org.nianbao.formats;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.nianbao.core.document.SourceFormat;

/** Tells the format of a file from its first bytes (magic numbers), never from its name. */
public final class FormatDetector {
    private static final int SNIFF_BYTES = 1024;

    private FormatDetector() {}

    /** The format, or empty when the bytes look like no format nianbao knows (such as an image). */
    public static Optional<SourceFormat> detect(byte[] content) {
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46)) {
            return Optional.of(SourceFormat.PDF);
        }
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            return Optional.of(SourceFormat.DOCX);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Optional.of(SourceFormat.DOC);
        }
        String head = new String(content, 0, Math.min(content.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")) {
            return Optional.of(SourceFormat.HTML);
        }
        if (looksBinary(content)) {
            return Optional.empty();
        }
        return Optional.of(SourceFormat.TEXT);
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
