package org.nianbao.formats.html;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.document.UnreadableDocumentException;
import org.nianbao.formats.text.CharsetDetection;

/**
 * Decodes a web page. The charset comes from the byte-order mark; else from UTF-16 byte patterns; else from the
 * page's own declaration ({@code <meta charset>}, {@code <meta http-equiv content="…charset=…">} or an XML
 * declaration); else from the bytes (strict UTF-8, else GB18030). GBK and GB2312 labels decode as GB18030, their
 * superset; Latin labels (ISO-8859-1, windows-1252, ASCII) cannot hold a Chinese report and are ignored, as are
 * labels of charsets nianbao does not read.
 *
 * <p>Pages often hold a few broken bytes (a title cut in the middle of a character by the portal). Such a byte
 * decodes as U+FFFD and decoding resumes at the very next byte, so that no digit or markup after it is swallowed
 * (the JDK's own replacement would swallow up to three bytes after a broken GB18030 byte). A page with more than a
 * few broken bytes in every candidate charset is refused. Stateless.
 */
final class HtmlCharset {
    /** How far into the page a charset declaration is looked for (a long comment may precede it). */
    static final int PRESCAN_BYTES = 64 * 1024;
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Pattern META_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?\\s*([a-z0-9._:\\-]+)");
    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']\\s*([a-z0-9._:\\-]+)");

    private HtmlCharset() {}

    /**
     * The decoded page.
     *
     * @param text the page text, without a byte-order mark
     * @param charset the charset it was decoded from
     * @param replaced the number of broken bytes replaced by U+FFFD
     */
    record Decoded(String text, Charset charset, int replaced) {}

    /** Decodes the page, or refuses it naming the file. */
    static Decoded decode(String name, byte[] bytes) {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int offset = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
            return acceptable(name, lenient(bytes, offset, bom), null);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return acceptable(name, lenient(bytes, 0, utf16), null);
        }
        Charset declared = declared(bytes);
        if (declared != null) {
            Decoded asDeclared = lenient(bytes, 0, declared);
            if (asDeclared.replaced() == 0) {
                return asDeclared;
            }
            Optional<CharsetDetection.Decoded> strict = CharsetDetection.decode(bytes);
            if (strict.isPresent()) {
                return new Decoded(strict.get().text(), strict.get().charset(), 0);
            }
            return acceptable(name, fewestReplaced(asDeclared, bytes), declared.name());
        }
        Optional<CharsetDetection.Decoded> strict = CharsetDetection.decode(bytes);
        if (strict.isPresent()) {
            return new Decoded(strict.get().text(), strict.get().charset(), 0);
        }
        Decoded utf8 = lenient(bytes, 0, StandardCharsets.UTF_8);
        return acceptable(name, fewestReplaced(utf8, bytes), null);
    }

    /** The better of {@code first} and the page read as UTF-8 and as GB18030; {@code first} wins ties. */
    private static Decoded fewestReplaced(Decoded first, byte[] bytes) {
        Decoded best = first;
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, GB18030}) {
            if (!charset.equals(best.charset())) {
                Decoded other = lenient(bytes, 0, charset);
                if (other.replaced() < best.replaced()) {
                    best = other;
                }
            }
        }
        return best;
    }

    private static Decoded acceptable(String name, Decoded decoded, @Nullable String declaredAs) {
        int allowed = Math.max(16, decoded.text().length() / 200);
        if (decoded.replaced() > allowed) {
            throw new UnreadableDocumentException(name + "：无法识别网页编码（"
                    + (declaredAs == null ? "" : "网页声明为 " + declaredAs + "；") + "按 " + decoded.charset().name()
                    + " 读取有 " + decoded.replaced() + " 处无效字节），文件可能已损坏或不是网页");
        }
        return decoded;
    }

    private static @Nullable Charset bomCharset(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * UTF-16 without a byte-order mark: markup is ASCII, so in the first bytes every second byte is zero (the odd
     * ones in little-endian, the even ones in big-endian) and the other half almost never is.
     */
    static @Nullable Charset utf16WithoutBom(byte[] bytes) {
        int limit = Math.min(bytes.length, 1024) & ~1;
        if (limit < 8) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < limit; i += 2) {
            if (bytes[i] == 0) {
                evenZeros++;
            }
            if (bytes[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = limit / 2;
        if (oddZeros * 2 >= pairs && evenZeros * 20 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros * 2 >= pairs && oddZeros * 20 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * The charset the page declares in its first {@value #PRESCAN_BYTES} bytes, if nianbao reads it: an XML
     * declaration, else the first {@code <meta>} outside comments naming a charset nianbao reads. Linear in the
     * bytes scanned, whatever they hold.
     */
    static @Nullable Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            Charset charset = forLabel(xml.group(1));
            if (charset != null) {
                return charset;
            }
        }
        int at = 0;
        while (at < head.length()) {
            int comment = head.indexOf("<!--", at);
            int meta = head.indexOf("<meta", at);
            if (meta < 0) {
                return null;
            }
            if (comment >= 0 && comment < meta) {
                int end = head.indexOf("-->", comment + 4);
                if (end < 0) {
                    return null;
                }
                at = end + 3;
                continue;
            }
            int end = head.indexOf('>', meta);
            if (end < 0) {
                return null;
            }
            Matcher label = META_CHARSET.matcher(head.substring(meta, end));
            if (label.find()) {
                Charset charset = forLabel(label.group(1));
                if (charset != null) {
                    return charset;
                }
            }
            at = end + 1;
        }
        return null;
    }

    /** The charset for a declared label, or null for labels that are ignored (see the class comment). */
    static @Nullable Charset forLabel(String label) {
        switch (label.toLowerCase(Locale.ROOT)) {
            case "utf-8":
            case "utf8":
            case "unicode-1-1-utf-8":
                return StandardCharsets.UTF_8;
            case "gbk":
            case "gb2312":
            case "gb_2312":
            case "gb_2312-80":
            case "gb18030":
            case "x-gbk":
            case "cp936":
            case "ms936":
            case "windows-936":
            case "chinese":
            case "csgb2312":
            case "csiso58gb231280":
            case "euc-cn":
            case "x-euc-cn":
            case "iso-ir-58":
                return GB18030;
            case "big5":
            case "big5-hkscs":
            case "cn-big5":
            case "csbig5":
            case "x-x-big5":
                return Charset.isSupported("Big5-HKSCS") ? Charset.forName("Big5-HKSCS") : Charset.forName("Big5");
            default:
                return null;
        }
    }

    /**
     * Decodes from {@code offset}; every byte that starts no valid sequence becomes one U+FFFD and decoding resumes
     * at the next byte.
     */
    static Decoded lenient(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset + 16);
        int replaced = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                break;
            }
            if (result.isOverflow() || !out.hasRemaining()) {
                out = grown(out);
                continue;
            }
            out.put('\uFFFD');
            in.position(in.position() + 1);
            replaced++;
        }
        while (decoder.flush(out).isOverflow()) {
            out = grown(out);
        }
        out.flip();
        return new Decoded(out.toString(), charset, replaced);
    }

    private static CharBuffer grown(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        bigger.put(out);
        return bigger;
    }
}
