package org.nianbao.formats;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.nianbao.core.document.DocumentReader;
import org.nianbao.core.document.ExtractedDocument;
import org.nianbao.core.document.SourceFormat;
import org.nianbao.core.document.UnreadableDocumentException;
import org.nianbao.core.document.UnsupportedFormatException;
import org.nianbao.formats.doc.DocDocumentReader;
import org.nianbao.formats.docx.DocxDocumentReader;
import org.nianbao.formats.html.HtmlDocumentReader;
import org.nianbao.formats.pdf.PdfDocumentReader;
import org.nianbao.formats.text.PlainTextDocumentReader;

/**
 * The explicit registry of readers, itself a reader that detects the format from the bytes and hands the file to
 * the reader of that format. Thread-safe.
 */
public final class DocumentReaders implements DocumentReader {
    private final Map<SourceFormat, DocumentReader> readers;

    private DocumentReaders(Map<SourceFormat, DocumentReader> readers) {
        this.readers = Map.copyOf(readers);
    }

    /** Every reader nianbao has. */
    public static DocumentReaders standard() {
        Map<SourceFormat, DocumentReader> readers = new EnumMap<>(SourceFormat.class);
        readers.put(SourceFormat.TEXT, new PlainTextDocumentReader());
        readers.put(SourceFormat.PDF, new PdfDocumentReader());
        readers.put(SourceFormat.DOCX, new DocxDocumentReader());
        readers.put(SourceFormat.DOC, new DocDocumentReader());
        readers.put(SourceFormat.HTML, new HtmlDocumentReader());
        return new DocumentReaders(readers);
    }

    /** This registry detects formats; {@link #format()} names the fallback, plain text. */
    @Override
    public SourceFormat format() {
        return SourceFormat.TEXT;
    }

    @Override
    public ExtractedDocument read(String name, byte[] content) {
        if (content.length == 0) {
            throw new UnreadableDocumentException(name + "：文件为空");
        }
        Optional<SourceFormat> format = FormatDetector.detect(content);
        if (format.isEmpty()) {
            throw new UnreadableDocumentException(name + "：不是文本、PDF、Word 或网页文件（看起来是二进制文件），无法读取");
        }
        DocumentReader reader = readers.get(format.get());
        if (reader == null) {
            throw new UnsupportedFormatException(name + "：暂不支持 " + format.get() + " 格式，请先转换为文本（.txt）再检查");
        }
        return reader.read(name, content);
    }
}
