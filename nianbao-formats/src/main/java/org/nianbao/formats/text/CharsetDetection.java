package org.nianbao.formats.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes text whose encoding nobody declared: a byte-order mark decides; otherwise the bytes are UTF-8 if they
 * decode strictly as UTF-8 (Chinese text in GBK almost never does), else GB18030, the superset of GBK and
 * GB2312 that Chinese government sites use. Never assumes the platform charset.
 */
public final class CharsetDetection {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private CharsetDetection() {}

    /** The decoded text and the charset it was in. */
    public record Decoded(String text, Charset charset) {}

    /** Decodes the bytes, or empty when they are valid in none of the charsets tried. */
    public static Optional<Decoded> decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        Optional<Decoded> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        return utf8.isPresent() ? utf8 : strict(bytes, 0, GB18030);
    }

    private static Optional<Decoded> strict(byte[] bytes, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return Optional.of(new Decoded(chars.toString(), charset));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
