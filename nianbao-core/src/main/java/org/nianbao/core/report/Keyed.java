package org.nianbao.core.report;

/** A row or column of a report table, named by its canonical JSON key. */
public interface Keyed {
    /** The snake_case key used in the canonical JSON, in cell paths and in SQL. */
    String key();
}
