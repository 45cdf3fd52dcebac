package org.nianbao.formats.docx;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.XmlException;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.document.Block;
import org.nianbao.core.document.DocumentReader;
import org.nianbao.core.document.ExtractedDocument;
import org.nianbao.core.document.SourceFormat;
import org.nianbao.core.document.UnreadableDocumentException;
import org.nianbao.formats.FormatDetector;
import org.nianbao.formats.ReadLimits;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocument1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;

/**
 * Reads Word documents in Office Open XML (.docx, .docm, .dotx) with Apache POI: the paragraphs and tables of the
 * main body in reading order (see {@link WordBlocks} for what becomes of merged cells, nested and layout tables);
 * headers, footers, footnotes and comments are not body text and are left out, text boxes anchored in the body are
 * read after their paragraph. Stateless and thread-safe.
 *
 * <p>POI opens the package ({@link OPCPackage}) and parses the main document part into XWPF's schema types
 * ({@link CTDocument1}) exactly as {@code XWPFDocument} does, with POI's hardened XML options; {@link DocxBodyWalker}
 * then walks that XML. The {@code XWPFDocument} object model itself is not built: it parses every other part as well
 * (styles, numbering, headers, footers, comments, footnotes) and wraps every paragraph and run in objects, which
 * took six times as long as the parse on a large document and reads nothing the body needs.
 *
 * <p>Hostile input is refused, naming the file, before POI builds anything large: files over {@link #MAX_BYTES},
 * ZIP bombs and oversized packages, XML with a DTD or nested too deep, more paragraphs or cells than
 * {@link WordBlocks} accepts (see {@link PackageScan}); encrypted documents, truncated files, ZIPs that are not Word
 * documents and OLE2 files are told apart.
 *
 * <p><b>Global POI settings.</b> POI's own ZIP limits ({@link ZipSecureFile}) are static, JVM-wide settings; this
 * class sets them once, in its static initializer, to the limits below, as a second line behind
 * {@link PackageScan}: minimum inflate ratio {@value #MIN_INFLATE_RATIO}, maximum entry size
 * {@value #MAX_ENTRY_BYTES} bytes, at most {@value #MAX_ENTRIES} entries, maximum extracted text
 * {@value #MAX_TEXT_CHARS} characters. Anything else in the JVM that uses POI's OOXML support sees the same limits
 * once this class is loaded. POI's {@code IOUtils.setByteArrayMaxOverride} is left alone.
 */
public final class DocxDocumentReader implements DocumentReader {
    /** The largest file read: 50 MiB, ten times a report with many scanned images. */
    public static final int MAX_BYTES = 50 * 1024 * 1024;

    /** The largest any single entry of the package may inflate to: 64 MiB. */
    public static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

    /** The most all entries together may inflate to: 256 MiB (POI holds them all in memory). */
    public static final long MAX_INFLATED_BYTES = 256L * 1024 * 1024;

    /** The most entries a package may have (POI's default). */
    public static final int MAX_ENTRIES = 1000;

    /** An entry compressed to less than this fraction of its inflated size is a ZIP bomb (POI's default). */
    public static final double MIN_INFLATE_RATIO = 0.01;

    /** The deepest element nesting accepted in any XML part. */
    public static final int MAX_XML_DEPTH = 200;

    /**
     * The most elements and attributes accepted in all XML parts together: POI holds the main part as a tree of
     * objects, about 200 bytes a node; a long report with big tables has a few hundred thousand.
     */
    public static final int MAX_XML_NODES = 1_500_000;

    /** POI's limit on extracted text ({@link ZipSecureFile#setMaxTextSize}), in characters: 16 Mi. */
    public static final long MAX_TEXT_CHARS = 16L * 1024 * 1024;

    private static final Set<String> WORD_CONTENT_TYPES = Set.of(
            XWPFRelation.DOCUMENT.getContentType(),
            XWPFRelation.MACRO_DOCUMENT.getContentType(),
            XWPFRelation.TEMPLATE.getContentType(),
            XWPFRelation.MACRO_TEMPLATE_DOCUMENT.getContentType());

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.DOCX;
    }

    @Override
    public ExtractedDocument read(String name, byte[] content) {
        ReadLimits.checkSize(name, content, MAX_BYTES, "Word 文件");
        if (FormatDetector.isOle2(content)) {
            throw ole2(name, content);
        }
        if (!FormatDetector.isZip(content)) {
            throw new UnreadableDocumentException(name + "：不是 Word（.docx）文件（.docx 是 ZIP 格式，此文件不是）");
        }
        PackageScan.check(name, content);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException | InvalidFormatException e) {
            throw translate(name, e);
        }
        try {
            @Nullable CTDocument1 document;
            try (InputStream in = mainPart(name, pkg).getInputStream()) {
                document = DocumentDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getDocument();
            }
            WordBlocks budget = new WordBlocks(name);
            @Nullable CTBody body = document == null ? null : document.getBody();
            WordContent walked = body == null ? new WordContent() : new DocxBodyWalker(budget).content(body);
            List<Block> blocks = budget.blocks(walked);
            return new ExtractedDocument(name, SourceFormat.DOCX, blocks);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | XmlException | RuntimeException e) {
            throw translate(name, e);
        } finally {
            pkg.revert();
        }
    }

    /** The main document part, when the package is a WordprocessingML document. */
    private static PackagePart mainPart(String name, OPCPackage pkg) {
        PackageRelationshipCollection relationships =
                pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (relationships.isEmpty()) {
            if (!pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).isEmpty()) {
                throw new UnreadableDocumentException(
                        name + "：Word 文件是 Strict Open XML 格式，暂不支持，请在 Word 中另存为普通 .docx 后再检查");
            }
            throw notWord(name);
        }
        PackagePart part;
        try {
            part = pkg.getPart(relationships.getRelationship(0));
        } catch (RuntimeException e) {
            throw notWord(name);
        }
        if (part == null || !WORD_CONTENT_TYPES.contains(part.getContentType())) {
            throw notWord(name);
        }
        return part;
    }

    static UnreadableDocumentException notWord(String name) {
        return new UnreadableDocumentException(name + "：ZIP 文件不是 Word 文档（缺少 word/document.xml）");
    }

    static UnreadableDocumentException encrypted(String name) {
        return new UnreadableDocumentException(name + "：Word 文件已加密，无法读取");
    }

    /** What an OLE2 file handed to the .docx reader is: an encrypted .docx, a .doc, or something else. */
    private static UnreadableDocumentException ole2(String name, byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return encrypted(name);
            }
            if (root.hasEntry("WordDocument")) {
                return new UnreadableDocumentException(name + "：这是旧版 Word 97-2003（.doc）文件，不是 .docx");
            }
            return new UnreadableDocumentException(name + "：不是 Word 文档（是其他 OLE2 格式的 Office 文件）");
        } catch (IOException | RuntimeException e) {
            return new UnreadableDocumentException(name + "：文件不完整或已损坏（OLE2 结构错误：" + reason(e) + "），无法读取", e);
        }
    }

    /**
     * Turns what POI threw into the reason a person can act on. Package-private so that a test can hand it the
     * exception POI itself throws.
     */
    static UnreadableDocumentException translate(String name, Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 16; t = t.getCause(), depth++) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb detected") || message.contains("embeds more internal file entries")) {
                return withCause(PackageScan.bomb(name), e);
            }
            if (message.contains("DOCTYPE")) {
                return withCause(PackageScan.doctype(name, "word/document.xml"), e);
            }
            if (message.contains("Node depth exceeds")) {
                return withCause(PackageScan.tooDeep(name, "word/document.xml"), e);
            }
            if (t instanceof EncryptedDocumentException) {
                return withCause(encrypted(name), e);
            }
            if (t instanceof NotOfficeXmlFileException || message.contains("content type part")) {
                return withCause(notWord(name), e);
            }
            if (t instanceof EOFException || t instanceof ZipException || message.contains("Truncated")) {
                return PackageScan.corruptZip(name, e);
            }
        }
        return new UnreadableDocumentException(name + "：Word 文件已损坏，无法读取（" + reason(e) + "）", e);
    }

    private static UnreadableDocumentException withCause(UnreadableDocumentException translated, Throwable cause) {
        return new UnreadableDocumentException(translated.getMessage(), cause);
    }

    /** A short reason for a message: the exception's first line, or its class. */
    static String reason(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        String first = newline < 0 ? message : message.substring(0, newline);
        return first.length() > 200 ? first.substring(0, 200) + "…" : first;
    }
}
