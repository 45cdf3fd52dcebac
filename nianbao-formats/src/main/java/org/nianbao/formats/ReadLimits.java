package org.nianbao.formats;

import java.util.Locale;
import org.nianbao.core.document.UnreadableDocumentException;

/** The checks every reader makes before it parses anything, with one wording for every format. */
public final class ReadLimits {
    private ReadLimits() {}

    /**
     * Refuses an empty file, or one larger than {@code maxBytes}.
     *
     * @param kind what the file is, as users call it: 「PDF 文件」, 「Word 文件」, 「网页文件」, 「文本文件」
     */
    public static void checkSize(String name, byte[] content, int maxBytes, String kind) {
        if (content.length == 0) {
            throw new UnreadableDocumentException(name + "：文件为空");
        }
        if (content.length > maxBytes) {
            throw new UnreadableDocumentException(String.format(Locale.ROOT,
                    "%s：%s过大（%.1f MB，上限 %d MB），不像一份年度报告", name, kind, content.length / 1048576.0,
                    maxBytes / 1048576));
        }
    }
}
