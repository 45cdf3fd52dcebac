package org.nianbao.formats.doc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.document.DocumentReader;
import org.nianbao.core.document.ExtractedDocument;
import org.nianbao.core.document.SourceFormat;
import org.nianbao.core.document.UnreadableDocumentException;
import org.nianbao.formats.FormatDetector;
import org.nianbao.formats.ReadLimits;
import org.nianbao.formats.docx.WordBlocks;
import org.nianbao.formats.docx.WordContent;

/**
 * Reads legacy binary Word documents (Word 97–2003, .doc) with Apache POI HWPF: the paragraphs and tables of the
 * main text in reading order, as {@link DocBodyReader} and {@link WordBlocks} describe; headers, footers, footnotes,
 * comments and text boxes are separate stories in a .doc and are not read. Stateless and thread-safe.
 *
 * <p>Refuses, naming the file: files over {@link #MAX_BYTES}; OLE2 files that are encrypted (a password-protected
 * .docx is an OLE2 file holding {@code EncryptionInfo} and {@code EncryptedPackage}; an encrypted .doc is refused by
 * HWPF); OLE2 files that are not Word (Excel, PowerPoint, …); Word 6.0/95 files; truncated or corrupt files; more
 * paragraphs, rows or cells than {@link WordBlocks} accepts.
 */
public final class DocDocumentReader implements DocumentReader {
    /** The largest file read: 50 MiB. A .doc is read into memory whole, then its text. */
    public static final int MAX_BYTES = 50 * 1024 * 1024;

    @Override
    public SourceFormat format() {
        return SourceFormat.DOC;
    }

    @Override
    public ExtractedDocument read(String name, byte[] content) {
        ReadLimits.checkSize(name, content, MAX_BYTES, "Word 文件");
        if (!FormatDetector.isOle2(content)) {
            if (content.length >= 2 && content[0] == 'P' && content[1] == 'K') {
                throw new UnreadableDocumentException(name + "：这是 ZIP 格式的文件（如 .docx），不是旧版 Word 97-2003（.doc）文件");
            }
            throw new UnreadableDocumentException(name + "：不是 Word 97-2003（.doc）文件");
        }
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            throw corrupt(name, e);
        }
        try (fs) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw encrypted(name, null);
            }
            if (!root.hasEntry("WordDocument")) {
                throw notWord(name, root);
            }
            HWPFDocument document = new HWPFDocument(root);
            WordBlocks budget = new WordBlocks(name);
            WordContent body = new DocBodyReader(budget).content(document.getRange());
            return new ExtractedDocument(name, SourceFormat.DOC, budget.blocks(body));
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw encrypted(name, e);
        } catch (OldWordFileFormatException e) {
            throw new UnreadableDocumentException(
                    name + "：这是 Word 6.0/95 格式的旧文件，暂不支持，请另存为 .docx 后再检查", e);
        } catch (IOException | RuntimeException e) {
            throw corrupt(name, e);
        }
    }

    private static UnreadableDocumentException encrypted(String name, @Nullable Throwable e) {
        return new UnreadableDocumentException(name + "：Word 文件已加密，无法读取", e);
    }

    private static UnreadableDocumentException notWord(String name, DirectoryNode root) {
        if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
            return new UnreadableDocumentException(name + "：这是 Excel 文件，不是 Word 文档");
        }
        if (root.hasEntry("PowerPoint Document")) {
            return new UnreadableDocumentException(name + "：这是 PowerPoint 文件，不是 Word 文档");
        }
        return new UnreadableDocumentException(name + "：OLE2 文件不是 Word 文档（缺少 WordDocument 流）");
    }

    private static UnreadableDocumentException corrupt(String name, Throwable e) {
        String message = e.getMessage();
        String reason = message == null || message.isBlank() ? e.getClass().getSimpleName()
                : message.lines().findFirst().orElse(message);
        if (reason.length() > 200) {
            reason = reason.substring(0, 200) + "…";
        }
        return new UnreadableDocumentException(name + "：Word 文件不完整或已损坏，无法读取（" + reason + "）", e);
    }

}
