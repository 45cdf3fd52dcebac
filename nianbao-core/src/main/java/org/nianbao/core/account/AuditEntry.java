package org.nianbao.core.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One state change: who, when, what, and the object before and after (canonical JSON or a short description).
 *
 * @param userId the acting user; null for the system (first start, migrations)
 * @param action what was done, a stable English key: {@code report.upload}, {@code report.correct},
 *     {@code user.create}, {@code login.success} …
 * @param objectType {@code report}, {@code user}, {@code agency} …
 * @param objectId the object's id; null when the repository creating the object fills it in
 */
public record AuditEntry(
        Instant at,
        @Nullable Long userId,
        String username,
        String action,
        String objectType,
        @Nullable String objectId,
        @Nullable String before,
        @Nullable String after) {

    public AuditEntry withObjectId(String id) {
        return new AuditEntry(at, userId, username, action, objectType, id, before, after);
    }
}
