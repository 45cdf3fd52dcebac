package org.nianbao.core.report;

/** A row or column of a report table, named by its canonical JSON key. */
public interface Keyed {
    /** The snake_case key used in the canonical JSON, in cell paths and in SQL. */
    String key();

    /**
     * The constant of a keyed enum with the given key.
     *
     * @param what the table part the key names, for the message: 「table 三 row」
     * @throws IllegalArgumentException when no constant has the key
     */
    static <E extends Enum<E> & Keyed> E fromKey(Class<E> type, String key, String what) {
        Object constant = KeyedLookup.BY_KEY.get(type).get(key);
        if (constant == null) {
            throw new IllegalArgumentException("unknown " + what + " '" + key + "'");
        }
        return type.cast(constant);
    }
}
