package org.nianbao.core.recognition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed set of words of two or more characters, looked for together in one pass over a text instead of one
 * substring search per word. The words are grouped by their first two characters: a place in the text is
 * compared with the words of its group only, found by a bit test on its first character and a hash of the two.
 * Immutable and thread-safe.
 */
final class WordSet {
    private final int size;
    /** One bit per first character of a word. */
    private final long[] startBits = new long[1024];
    /** Open addressing by the first two characters ({@code c0 << 16 | c1}): the pair and group + 1 at each slot, 0 when empty. */
    private final int[] slotPairs;
    private final int[] slotGroups;
    /** For each group, its words and their indexes in the set. */
    private final String[][] words;
    private final int[][] indexes;

    WordSet(List<String> all) {
        Map<Integer, List<Integer>> byPair = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            String word = all.get(i);
            if (word.length() < 2) {
                throw new IllegalArgumentException("a word of fewer than two characters: " + word);
            }
            byPair.computeIfAbsent(pair(word.charAt(0), word.charAt(1)), p -> new ArrayList<>()).add(i);
            startBits[word.charAt(0) >>> 6] |= 1L << word.charAt(0);
        }
        size = all.size();
        int slots = Integer.highestOneBit(Math.max(1, byPair.size()) * 4);
        slotPairs = new int[slots];
        slotGroups = new int[slots];
        words = new String[byPair.size()][];
        indexes = new int[byPair.size()][];
        int group = 0;
        for (Map.Entry<Integer, List<Integer>> entry : byPair.entrySet()) {
            int slot = hash(entry.getKey());
            while (slotGroups[slot] != 0) {
                slot = (slot + 1) & (slots - 1);
            }
            slotPairs[slot] = entry.getKey();
            slotGroups[slot] = group + 1;
            indexes[group] = entry.getValue().stream().mapToInt(Integer::intValue).toArray();
            words[group] = entry.getValue().stream().map(all::get).toArray(String[]::new);
            group++;
        }
    }

    private static int pair(char first, char second) {
        return first << 16 | second;
    }

    private int hash(int pair) {
        return (pair * 0x9E3779B9 >>> 16) & (slotPairs.length - 1);
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
        int mask = slotPairs.length - 1;
        for (int at = 0, last = text.length() - 1; at < last; at++) {
            char c = text.charAt(at);
            if ((startBits[c >>> 6] & 1L << c) == 0) {
                continue;
            }
            int pair = pair(c, text.charAt(at + 1));
            int slot = hash(pair);
            while (slotGroups[slot] != 0 && slotPairs[slot] != pair) {
                slot = (slot + 1) & mask;
            }
            if (slotGroups[slot] == 0) {
                continue;
            }
            int group = slotGroups[slot] - 1;
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
