package org.nianbao.formats.html;

import org.nianbao.core.rendering.ReportDocument;

/**
 * The caption of a drawn table: its name and the words of the section it belongs to, 「表三　收到和处理政府信息公开申请
 * 情况」 — the section being the last heading before the table, its numeral (三、) dropped. Stateless.
 */
public final class TableCaptions {
    private TableCaptions() {}

    /** The caption of the table at {@code part} of the document. */
    public static String of(ReportDocument document, int part) {
        String name = ((ReportDocument.Table) document.parts().get(part)).grid().name();
        for (int i = part - 1; i >= 0; i--) {
            if (document.parts().get(i) instanceof ReportDocument.Heading heading) {
                String words = withoutNumeral(heading.text());
                return words.isEmpty() ? name : name + "\u3000" + words;
            }
        }
        return name;
    }

    /** 「三、收到和处理…」 → 「收到和处理…」; a heading without a numeral stays as it is. */
    static String withoutNumeral(String heading) {
        int separator = heading.indexOf('、');
        if (separator > 0 && separator <= 3 && "一二三四五六七八九十".indexOf(heading.charAt(0)) >= 0) {
            return heading.substring(separator + 1).strip();
        }
        return heading.strip();
    }
}
