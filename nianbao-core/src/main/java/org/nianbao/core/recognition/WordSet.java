package org.nianbao.core.recognition;

import java.util.List;

/**
 * A fixed set of words, all looked for in one pass over a text: a character that starts no word is passed over
 * with one bit test, instead of one substring search per word. Immutable and thread-safe.
 */
final class WordSet {
    private final List<String> words;
    /** One bit per character that starts a word. */
    private final long[] starts = new long[1024];

    WordSet(List<String> words) {
        this.words = List.copyOf(words);
        for (String word : this.words) {
            char first = word.charAt(0);
            starts[first >>> 6] |= 1L << first;
        }
    }

    int size() {
        return words.size();
    }

    /**
     * Sets {@code found[i]} for every word {@code i} the text contains ({@code found} is not cleared first) and
     * answers how many it newly set.
     */
    int mark(String text, boolean[] found) {
        int marked = 0;
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if ((starts[c >>> 6] & 1L << c) == 0) {
                continue;
            }
            for (int i = 0; i < words.size(); i++) {
                if (!found[i] && text.startsWith(words.get(i), at)) {
                    found[i] = true;
                    marked++;
                }
            }
        }
        return marked;
    }
}
