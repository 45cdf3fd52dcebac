package org.nianbao.storage.internal;

import java.sql.SQLException;

/** What a failed statement says about the constraint it broke; the SQLSTATE codes are the same on H2 and PostgreSQL. */
public final class Constraints {
    private static final String UNIQUE_VIOLATION = "23505";

    private Constraints() {}

    /** Whether {@code failure} (or a cause of it) is a violated unique constraint or primary key. */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
