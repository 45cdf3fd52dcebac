package org.nianbao.core.recognition;

import java.util.ArrayList;
import java.util.List;

/**
 * Every word the recognizer looks for in the keys of lines, in one {@link WordSet}: the format signatures, the
 * words of the three （六）其他处理 items, and the label variants of the tables with their official labels. A line
 * is searched for all of them once ({@link SourceLine#holdsWord}), however many readers ask about it; each reader
 * reads its own group of the marks.
 *
 * <p>Most lines hold no word, and are told so from their printed text without making their key: each group has
 * sentinels, a Chinese character of each of its words that the key keeps as printed, and one scan of a line
 * finds which groups' sentinels it holds ({@link #groupsIn}). A reader asking about a group whose sentinels the
 * line lacks gets no word at once. Fixed once the class is initialised; thread-safe.
 */
final class Lexicon {

    /** A run of words of the lexicon, {@code [from, from + size)}, and the bit of its sentinels. */
    record Group(int from, int size, int bit) {
        /** Whether the line's printed text holds a sentinel of the group: false means no word of it is in the key. */
        boolean mayOccurIn(SourceLine line) {
            return (line.groups() & bit) != 0;
        }

        /** Whether the line's key holds a word of the group. */
        boolean anyIn(SourceLine line) {
            if (!mayOccurIn(line)) {
                return false;
            }
            for (int i = from; i < from + size; i++) {
                if (line.holdsWord(i)) {
                    return true;
                }
            }
            return false;
        }

        /** How many words of the group the line's key holds. */
        int countIn(SourceLine line) {
            if (!mayOccurIn(line)) {
                return 0;
            }
            int count = 0;
            for (int i = from; i < from + size; i++) {
                if (line.holdsWord(i)) {
                    count++;
                }
            }
            return count;
        }

        /** Whether the line's key holds the group's word {@code index}. */
        boolean holds(SourceLine line, int index) {
            return mayOccurIn(line) && line.holdsWord(from + index);
        }
    }

    private static final List<String> WORDS = new ArrayList<>();
    /** For each character, the bits of the groups it is a sentinel of. */
    private static final byte[] SENTINEL_OF = new byte[Character.MAX_VALUE + 1];
    /** The bits of the groups with a word without a sentinel, which every line may hold. */
    private static int everywhere;
    /** How many groups were made (fields without initialisers: set as the groups below are made). */
    private static int groups;

    /** A table's label variants, with the groups of their keys and of their official labels' keys. */
    record TableLabels(LabelVariants.Variants variants, Group variantWords, Group officialWords) {}

    /** Labels of the 2019 format's tables that the 2021 format dropped (format.md §D.3). */
    static final Group SIGNATURES_2019 = group(List.of(
            "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "其他对外管理服务事项",
            "第二十条第(九)项", "政府集中采购", "采购总金额"));
    /** Labels of the 2021 format's tables that the 2019 format did not print. */
    static final Group SIGNATURES_2021 = group(List.of(
            "本年制发件数", "本年废止件数", "本年度止件数", "现行有效件数", "本年处理决定数量", "本年收费金额", "不补正",
            "缴纳费用"));
    /** Words of the items of （六）其他处理 in the 2021 format, printed as three rows. */
    static final Group THREE_ITEMS = group(List.of("不补正", "缴纳费用", "收费通知"));
    static final TableLabels PROACTIVE_LABELS = labels(LabelVariants.PROACTIVE);
    static final TableLabels APPLICATIONS_LABELS = labels(LabelVariants.APPLICATIONS);

    /** All the words, in the order of the groups. */
    static final WordSet ALL = new WordSet(WORDS);

    private Lexicon() {}

    private static Group group(List<String> words) {
        if (groups == Byte.SIZE) {
            throw new IllegalStateException("more than 8 groups: the sentinel table holds a byte of group bits");
        }
        int bit = 1 << groups++;
        Group group = new Group(WORDS.size(), words.size(), bit);
        WORDS.addAll(words);
        for (String word : words) {
            char sentinel = sentinel(word);
            if (sentinel == 0) {
                everywhere |= bit;
            } else {
                SENTINEL_OF[sentinel] |= (byte) bit;
            }
        }
        return group;
    }

    /**
     * The last Chinese character of the word other than 他 and 复, which the key may write for 它 and 覆; 0 when
     * it has none.
     */
    private static char sentinel(String word) {
        for (int i = word.length() - 1; i >= 0; i--) {
            char c = word.charAt(i);
            if (Text.isCjk(c) && c != '他' && c != '复') {
                return c;
            }
        }
        return 0;
    }

    /** The bits of the groups whose sentinels the printed text holds (or that may be anywhere). */
    static int groupsIn(String raw) {
        int groups = everywhere;
        for (int i = 0; i < raw.length(); i++) {
            groups |= SENTINEL_OF[raw.charAt(i)] & 0xFF;
        }
        return groups;
    }

    /** The word {@code index} of {@link #ALL}. */
    static String word(int index) {
        return WORDS.get(index);
    }

    private static TableLabels labels(LabelVariants.Variants variants) {
        return new TableLabels(variants, group(variants.variantKeys()), group(variants.officialKeys()));
    }
}
