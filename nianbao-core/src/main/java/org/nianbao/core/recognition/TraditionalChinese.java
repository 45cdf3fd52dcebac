package org.nianbao.core.recognition;

import com.ibm.icu.text.Transliterator;

/**
 * Traditional → Simplified conversion for reports copied by mirror sites in Traditional characters
 * (format.md §G). ICU's transliterator is loaded only when a document needs it.
 */
final class TraditionalChinese {
    /** Traditional-only forms of characters every report uses (开 资 讯 请 处 报 总 数 机 关 与 当 体 务 县 乡 镇 办). */
    private static final String MARKERS = "開資訊請處報總數機關與當體務縣鄉鎮辦條項裡復訴";

    private static final int MIN_MARKERS = 5;
    /** One bit per marker character. */
    private static final long[] IS_MARKER = new long[1024];

    static {
        MARKERS.chars().forEach(c -> IS_MARKER[c >>> 6] |= 1L << c);
    }

    private TraditionalChinese() {}

    /** Whether a text holding {@code markers} Traditional-only characters is written in Traditional. */
    static boolean isTraditional(int markers) {
        return markers >= MIN_MARKERS;
    }

    /** How many Traditional-only characters (of {@link #MARKERS}) the text holds. */
    static int markers(CharSequence text) {
        int found = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((IS_MARKER[c >>> 6] & 1L << c) != 0) {
                found++;
            }
        }
        return found;
    }

    static String toSimplified(String text) {
        return Holder.TRANSLITERATOR.transliterate(text);
    }

    private static final class Holder {
        static final Transliterator TRANSLITERATOR = Transliterator.getInstance("Traditional-Simplified");
    }
}
