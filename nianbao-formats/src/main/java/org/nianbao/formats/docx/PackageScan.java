package org.nianbao.formats.docx;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.document.UnreadableDocumentException;

/**
 * A streaming look at every entry of a .docx before POI builds anything in memory: inflates each entry once into a
 * small buffer, counting, and stops at the first sign of a hostile file. Refuses
 *
 * <ul>
 *   <li>more than {@link DocxDocumentReader#MAX_ENTRIES} entries, an entry inflating past
 *       {@link DocxDocumentReader#MAX_ENTRY_BYTES} or below {@link DocxDocumentReader#MIN_INFLATE_RATIO} of its
 *       compressed size (after the first {@value #GRACE_BYTES} bytes), all entries together past
 *       {@link DocxDocumentReader#MAX_INFLATED_BYTES} — POI keeps every entry in memory and checks none of the total;
 *   <li>in every entry that is XML: a DTD (entity expansion, “billion laughs”), elements nested deeper than
 *       {@link DocxDocumentReader#MAX_XML_DEPTH} (POI's own depth check is recursive and would overflow the stack
 *       first), more than {@link DocxDocumentReader#MAX_XML_NODES} elements and attributes in all, and more paragraphs,
 *       rows or cells than {@link WordBlocks} would accept;
 *   <li>a ZIP that is truncated, corrupt or has encrypted entries.
 * </ul>
 *
 * <p>Whether an entry is XML is decided from its first bytes, not its name: a part's content type, not its name,
 * makes POI parse it.
 */
final class PackageScan {
    /** Inflated bytes of an entry before its compression ratio is judged (as POI's grace size). */
    static final int GRACE_BYTES = 100 * 1024;

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final int PEEK = 64;

    private final String name;
    private @Nullable UnreadableDocumentException tripped;
    private long inflated;
    private long nodes;
    private long lines;
    private long cells;

    private PackageScan(String name) {
        this.name = name;
    }

    /**
     * Scans the package.
     *
     * @throws UnreadableDocumentException naming the file and the reason when it is refused
     */
    static void check(String name, byte[] content) {
        new PackageScan(name).scan(content);
    }

    static UnreadableDocumentException bomb(String name) {
        return new UnreadableDocumentException(name + "：文件疑似压缩炸弹（解压后过大），已拒绝");
    }

    static UnreadableDocumentException doctype(String name, String part) {
        return new UnreadableDocumentException(
                name + "：Word 文件的 XML（" + part + "）含有 DTD 或实体声明（可能是恶意构造的“实体膨胀”），已拒绝");
    }

    static UnreadableDocumentException tooDeep(String name, String part) {
        return new UnreadableDocumentException(name + "：Word 文件的 XML（" + part + "）嵌套超过 "
                + DocxDocumentReader.MAX_XML_DEPTH + " 层，不像一份年度报告，已拒绝");
    }

    static UnreadableDocumentException corruptZip(String name, Throwable cause) {
        return new UnreadableDocumentException(
                name + "：文件不完整或已损坏（ZIP 结构错误：" + DocxDocumentReader.reason(cause) + "），无法读取", cause);
    }

    /** Whether the end-of-central-directory record is where a complete ZIP has it: in the last 64 KiB + 22 bytes. */
    static boolean hasEndOfCentralDirectory(byte[] content) {
        int last = content.length - 22;
        int first = Math.max(0, last - 0xFFFF);
        for (int i = last; i >= first; i--) {
            if (content[i] == 'P' && content[i + 1] == 'K' && content[i + 2] == 5 && content[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    private void scan(byte[] content) {
        if (!hasEndOfCentralDirectory(content)) {
            throw new UnreadableDocumentException(name + "：文件不完整或已损坏（ZIP 文件缺少结尾的目录，可能只下载了一部分），无法读取");
        }
        CountingStream raw = new CountingStream(new ByteArrayInputStream(content));
        XMLInputFactory factory = secureFactory();
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            ZipEntry entry = zip.getNextEntry();
            if (entry == null) {
                throw DocxDocumentReader.notWord(name);
            }
            while (entry != null) {
                if (++entries > DocxDocumentReader.MAX_ENTRIES) {
                    throw new UnreadableDocumentException(name + "：ZIP 文件的条目超过 " + DocxDocumentReader.MAX_ENTRIES
                            + " 个，不像一份 Word 文档，已拒绝");
                }
                BufferedInputStream in = new BufferedInputStream(new EntryStream(zip, raw), 8192);
                if (isXml(in)) {
                    scanXml(factory, in, entry.getName());
                } else {
                    drain(in);
                }
                entry = zip.getNextEntry();
            }
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (tripped != null) {
                throw tripped;
            }
            if (String.valueOf(e.getMessage()).contains("encrypted")) {
                throw new UnreadableDocumentException(name + "：Word 文件已加密，无法读取", e);
            }
            throw corruptZip(name, e);
        }
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    private static boolean isXml(BufferedInputStream in) throws IOException {
        in.mark(PEEK);
        byte[] head = new byte[PEEK];
        int length = in.readNBytes(head, 0, PEEK);
        in.reset();
        if (length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || head[0] == 0 && head[1] == '<'
                || head[0] == '<' && head[1] == 0)) {
            return true;
        }
        int i = length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        return i < length && head[i] == '<';
    }

    private void scanXml(XMLInputFactory factory, InputStream in, String part) throws IOException {
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new FilterInputStream(in) {
                @Override
                public void close() {
                    // the parser closes its input at the end of the document; the entry is drained afterwards
                }
            });
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (++depth > DocxDocumentReader.MAX_XML_DEPTH) {
                        throw tooDeep(name, part);
                    }
                    element(reader);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
                        || event == XMLStreamConstants.ENTITY_DECLARATION) {
                    throw doctype(name, part);
                }
            }
        } catch (XMLStreamException e) {
            if (tripped != null) {
                throw tripped;
            }
            String message = String.valueOf(e.getMessage());
            if (message.contains("DOCTYPE") || message.contains("ENTITY") || message.contains("entity")) {
                throw doctype(name, part);
            }
            throw new UnreadableDocumentException(
                    name + "：Word 文件的 XML（" + part + "）已损坏，无法读取（" + DocxDocumentReader.reason(e) + "）", e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // nothing held: the stream belongs to the caller
                }
            }
        }
        drain(in);
    }

    private void element(XMLStreamReader reader) {
        nodes += 1 + reader.getAttributeCount();
        if (nodes > DocxDocumentReader.MAX_XML_NODES) {
            throw new UnreadableDocumentException(name + "：Word 文件的 XML 元素超过 " + DocxDocumentReader.MAX_XML_NODES
                    + " 个，不像一份年度报告，已拒绝");
        }
        if (!W.equals(reader.getNamespaceURI())) {
            return;
        }
        String local = reader.getLocalName();
        if (local.equals("p") || local.equals("tr")) {
            if (++lines > WordBlocks.MAX_LINES) {
                throw new UnreadableDocumentException(
                        name + "：Word 文件的段落和表格行超过 " + WordBlocks.MAX_LINES + " 个，不像一份年度报告，已拒绝");
            }
        } else if (local.equals("tc")) {
            if (++cells > WordBlocks.MAX_CELLS) {
                throw new UnreadableDocumentException(
                        name + "：Word 文件的表格单元格超过 " + WordBlocks.MAX_CELLS + " 个，不像一份年度报告，已拒绝");
            }
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        while (in.read(buffer) >= 0) {
            // counted and checked by EntryStream
        }
    }

    /** Counts the compressed bytes the ZIP reader consumed. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }

    /** One entry's inflated bytes, checked against the limits as they come. */
    private final class EntryStream extends InputStream {
        private final ZipInputStream zip;
        private final CountingStream raw;
        private final long rawStart;
        private long bytes;

        EntryStream(ZipInputStream zip, CountingStream raw) {
            this.zip = zip;
            this.raw = raw;
            this.rawStart = raw.count;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (tripped != null) {
                throw new EOFException("refused");
            }
            int n = zip.read(b, off, len);
            if (n > 0) {
                bytes += n;
                inflated += n;
                check();
            }
            return n;
        }

        private void check() throws IOException {
            long compressed = Math.max(1, raw.count - rawStart);
            boolean tooLarge = bytes > DocxDocumentReader.MAX_ENTRY_BYTES
                    || inflated > DocxDocumentReader.MAX_INFLATED_BYTES;
            boolean tooDense =
                    bytes > GRACE_BYTES && (double) compressed / bytes < DocxDocumentReader.MIN_INFLATE_RATIO;
            if (tooLarge || tooDense) {
                tripped = bomb(name);
                throw new EOFException("refused: " + tripped.getMessage());
            }
        }

        @Override
        public void close() {
            // the ZipInputStream moves on to the next entry itself
        }
    }
}
