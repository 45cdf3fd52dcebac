package org.nianbao.formats.text;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.core.document.DocumentReader;
import org.nianbao.core.document.ExtractedDocument;
import org.nianbao.core.document.SourceFormat;
import org.nianbao.core.document.UnreadableDocumentException;
import org.nianbao.formats.ReadLimits;

/**
 * Reads plain text, one paragraph per line (tabs kept: they delimit table cells). Refuses files over
 * {@value #MAX_BYTES} bytes: a report's text is well under a megabyte. Stateless and thread-safe.
 */
public final class PlainTextDocumentReader implements DocumentReader {
    /** The largest text file read: 16 MiB. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    @Override
    public SourceFormat format() {
        return SourceFormat.TEXT;
    }

    @Override
    public ExtractedDocument read(String name, byte[] content) {
        ReadLimits.checkSize(name, content, MAX_BYTES, "文本文件");
        CharsetDetection.Decoded decoded = CharsetDetection.decode(content).orElseThrow(() ->
                new UnreadableDocumentException(name + "：无法识别文本编码（既不是 UTF-8 也不是 GB18030/GBK）"));
        return ExtractedDocument.ofLines(name, lines(decoded.text()));
    }

    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
