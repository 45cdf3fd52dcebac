package org.nianbao.core.validation.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.Section;

/**
 * The narrative of a report reduced to what copying keeps, for the copied-text rules (format.md §C.4 C23, §F
 * F10/F11): the text of the six sections, normalised, cut into overlapping {@value #SHINGLE}-character shingles,
 * each hashed to a {@code long}; the distinct hashes are kept sorted. Immutable and thread-safe.
 *
 * <p>Normalising removes what a copier changes: digits (so counts and years), whitespace, punctuation and every
 * other character that is not a letter; the agency's own name and its parts (「洛阳市洛龙区李楼镇人民政府」 also
 * removes 「洛阳市」「洛龙区」「李楼镇」「洛阳」「洛龙」「李楼」); and self-references such as 「我镇」「本局」.
 *
 * <p>{@link #of(AnnualReport)} remembers the fingerprint of each report object (weakly, by identity), so a caller
 * that checks thousands of reports against the same report objects computes each fingerprint once.
 */
public final class TextFingerprint {
    /** Characters per shingle: long enough that common phrases of the genre (「政府信息公开」) rarely decide alone. */
    public static final int SHINGLE = 5;

    /** Normalised narratives shorter than this are not compared: near-empty reports are alike without copying. */
    public static final int MIN_CHARACTERS = 200;

    private static final Pattern SELF_REFERENCE =
            Pattern.compile("[我本](?:街道|单位|机关|部门|中心|局|委|厅|镇|乡|区|县|市|办|院|处|所|站)");
    /** The unit ending a part of an agency's name; the name is cut after each. */
    private static final String UNITS = "省市区县镇乡州旗盟";
    /** Name parts that are the kind of body, not its name: every government has them. */
    private static final List<String> GENERIC_PARTS =
            List.of("人民政府", "政府", "办事处", "人民政府办公室", "政府办公室", "办公室");
    private static final IdentityCache<AnnualReport, TextFingerprint> CACHE = new IdentityCache<>();

    private final long[] shingles;
    private final int characters;

    private TextFingerprint(long[] shingles, int characters) {
        this.shingles = shingles;
        this.characters = characters;
    }

    /** The fingerprint of the report's sections, without its agency's name; computed once per report object. */
    public static TextFingerprint of(AnnualReport report) {
        return CACHE.get(report, r -> of(narrative(r), r.agency()));
    }

    /** The fingerprint of a text written by {@code agency} (whose name and its parts are removed), if known. */
    public static TextFingerprint of(String text, @Nullable String agency) {
        String normal = normalise(text, agency);
        int count = Math.max(0, normal.length() - SHINGLE + 1);
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            hashes[i] = hash(normal, i);
        }
        Arrays.sort(hashes);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || hashes[i] != hashes[distinct - 1]) {
                hashes[distinct++] = hashes[i];
            }
        }
        return new TextFingerprint(Arrays.copyOf(hashes, distinct), normal.length());
    }

    /**
     * The text as compared: letters only (Latin ones in lower case), without the agency's name, its parts and
     * self-references.
     */
    static String normalise(String text, @Nullable String agency) {
        String letters = letters(text);
        for (String name : nameParts(agency)) {
            letters = letters.replace(name, "");
        }
        return SELF_REFERENCE.matcher(letters).replaceAll("");
    }

    /** The length of the normalised text. */
    public int characters() {
        return characters;
    }

    /** The number of distinct shingles. */
    public int size() {
        return shingles.length;
    }

    /** Whether the text is long enough to be compared ({@value #MIN_CHARACTERS} normalised characters). */
    public boolean isComparable() {
        return characters >= MIN_CHARACTERS;
    }

    /**
     * The share of this text's shingles that {@code other} has too, from 0 to 1 (0 for an empty text): 0.93 when
     * 93% of this text is found in the other.
     */
    public double containmentIn(TextFingerprint other) {
        return containmentIn(other, 0);
    }

    /**
     * {@link #containmentIn(TextFingerprint)}, but stopping as soon as the result is known to be below
     * {@code floor}: then some value below {@code floor} is returned. Most pairs of reports are far apart, so
     * this reads only the start of the two shingle lists.
     */
    public double containmentIn(TextFingerprint other, double floor) {
        long[] mine = shingles;
        long[] theirs = other.shingles;
        if (mine.length == 0) {
            return 0;
        }
        // The fewest shared shingles that reach the floor (the epsilon keeps 0.8 × 1000 at 800, not 801).
        int needed = (int) Math.ceil(floor * mine.length - 1e-9);
        if (theirs.length < needed) {
            return (double) theirs.length / mine.length;
        }
        int allowedMisses = mine.length - needed;
        int shared = 0;
        int misses = 0;
        int i = 0;
        int j = 0;
        while (i < mine.length && j < theirs.length) {
            if (mine[i] == theirs[j]) {
                shared++;
                i++;
                j++;
            } else if (mine[i] < theirs[j]) {
                i++;
                if (++misses > allowedMisses) {
                    return (double) (mine.length - misses) / mine.length;
                }
            } else {
                j++;
            }
        }
        return (double) shared / mine.length;
    }

    private static String narrative(AnnualReport report) {
        StringBuilder text = new StringBuilder();
        for (Section section : Section.all()) {
            String part = report.sections().get(section);
            if (part != null) {
                text.append(part).append('\n');
            }
        }
        return text.toString();
    }

    private static String letters(String text) {
        StringBuilder letters = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters.append(c < 128 ? Character.toLowerCase(c) : c);
            }
        }
        return letters.toString();
    }

    /**
     * The agency's name and its parts, longest first: the whole name; each part ending in a unit
     * ({@value #UNITS} or 街道) and the remainder, unless generic (「人民政府」); each part without its unit when
     * two or more characters remain.
     */
    static List<String> nameParts(@Nullable String agency) {
        if (agency == null) {
            return List.of();
        }
        String name = letters(agency);
        List<String> parts = new ArrayList<>();
        add(parts, name);
        int start = 0;
        for (int i = 0; i < name.length(); i++) {
            boolean street = name.startsWith("街道", i);
            if (street || UNITS.indexOf(name.charAt(i)) >= 0) {
                int end = street ? i + 2 : i + 1;
                String part = name.substring(start, end);
                add(parts, part);
                add(parts, name.substring(start, i));
                start = end;
                i = end - 1;
            }
        }
        String rest = name.substring(start);
        if (!GENERIC_PARTS.contains(rest)) {
            add(parts, rest);
        }
        parts.sort(Comparator.comparingInt(String::length).reversed());
        return parts;
    }

    private static void add(List<String> parts, String part) {
        if (part.length() >= 2 && !parts.contains(part)) {
            parts.add(part);
        }
    }

    /** A 64-bit hash of the shingle at {@code from}; collisions among a few thousand shingles are negligible. */
    private static long hash(String text, int from) {
        long h = 0;
        for (int k = from; k < from + SHINGLE; k++) {
            h = (h + text.charAt(k)) * 0x9E3779B97F4A7C15L;
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return h;
    }

    @Override
    public String toString() {
        return "TextFingerprint[" + characters + " characters, " + shingles.length + " shingles]";
    }
}
