package org.nianbao.core.recognition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A fixed set of words looked for together in one pass over a text, instead of one substring search per word;
 * with a cheap test that rules out, from its printed text, most lines whose key holds none of them. Immutable and
 * thread-safe.
 */
final class WordSet {
    private final int size;
    private final char[] firsts;
    /** For each first character, the words starting with it and their indexes in the set. */
    private final String[][] words;
    private final int[][] indexes;
    /** One bit per first character of a word. */
    private final long[] startBits = new long[1024];
    /** One bit per sentinel character, or null when every line may hold a word. */
    private final long @Nullable [] sentinelBits;

    WordSet(List<String> all) {
        Map<Character, List<Integer>> byFirst = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            byFirst.computeIfAbsent(all.get(i).charAt(0), c -> new ArrayList<>()).add(i);
        }
        size = all.size();
        String sentinels = sentinels(all);
        if (sentinels == null) {
            sentinelBits = null;
        } else {
            sentinelBits = new long[1024];
            for (int i = 0; i < sentinels.length(); i++) {
                char c = sentinels.charAt(i);
                sentinelBits[c >>> 6] |= 1L << c;
            }
        }
        firsts = new char[byFirst.size()];
        words = new String[byFirst.size()][];
        indexes = new int[byFirst.size()][];
        int group = 0;
        for (Map.Entry<Character, List<Integer>> entry : byFirst.entrySet()) {
            firsts[group] = entry.getKey();
            startBits[firsts[group] >>> 6] |= 1L << firsts[group];
            indexes[group] = entry.getValue().stream().mapToInt(Integer::intValue).toArray();
            words[group] = entry.getValue().stream().map(all::get).toArray(String[]::new);
            group++;
        }
    }

    /**
     * Whether a line may hold one of the words in its key ({@link Text#key}): it holds, for some word, that word's
     * sentinel (a Chinese character of the word, which the key keeps as printed). False means none can be found
     * in the key, so the key need not be made.
     */
    boolean mayOccurIn(String raw) {
        if (sentinelBits == null) {
            return true;
        }
        // one bit test per character: lines are short, and a search per sentinel costs more in calls than scans
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if ((sentinelBits[c >>> 6] & 1L << c) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last Chinese character of each word other than 他 and 复, which the key may write for 它 and 覆; null
     * when a word has none (every line may then hold a word).
     */
    private static @Nullable String sentinels(List<String> all) {
        StringBuilder sentinels = new StringBuilder();
        for (String word : all) {
            char sentinel = 0;
            for (int i = word.length() - 1; i >= 0 && sentinel == 0; i--) {
                char c = word.charAt(i);
                if (Text.isCjk(c) && c != '他' && c != '复') {
                    sentinel = c;
                }
            }
            if (sentinel == 0) {
                return null;
            }
            if (sentinels.indexOf(String.valueOf(sentinel)) < 0) {
                sentinels.append(sentinel);
            }
        }
        return sentinels.toString();
    }

    int size() {
        return size;
    }

    /**
     * Sets {@code found[i]} for every word {@code i} the text contains ({@code found} is not cleared first) and
     * answers how many it newly set.
     */
    int mark(String text, boolean[] found) {
        int marked = 0;
        // one bit test per character, the words compared only where their first character stands: the lines
        // are short, and a search per first character costs more in calls than this scan
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if ((startBits[c >>> 6] & 1L << c) == 0) {
                continue;
            }
            int group = 0;
            while (firsts[group] != c) {
                group++;
            }
            String[] candidates = words[group];
            int[] index = indexes[group];
            for (int k = 0; k < candidates.length; k++) {
                if (!found[index[k]] && text.startsWith(candidates[k], at)) {
                    found[index[k]] = true;
                    marked++;
                }
            }
        }
        return marked;
    }
}
