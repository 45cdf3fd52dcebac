package org.nianbao.storage;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.nianbao.core.account.AuditEntry;
import org.nianbao.core.account.AuditLog;
import org.nianbao.storage.internal.AuditDao;

/**
 * The audit log in table {@code audit_entry}. The repositories write their entries through {@link #append} inside
 * their own transactions; {@link #record} is for changes that have no repository (a login, a logout).
 */
public final class JdbiAuditLog implements AuditLog {
    private final Jdbi jdbi;

    JdbiAuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(AuditEntry entry) {
        jdbi.useTransaction(handle -> append(handle, entry));
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        return jdbi.withExtension(AuditDao.class, dao -> dao.recent(limit));
    }

    @Override
    public List<AuditEntry> about(String objectType, String objectId) {
        return jdbi.withExtension(AuditDao.class, dao -> dao.about(objectType, objectId));
    }

    /** Writes an entry in the caller's transaction. */
    static void append(Handle handle, AuditEntry entry) {
        handle.attach(AuditDao.class).insert(entry);
    }

    /** Writes an entry about a new object in the caller's transaction, its object id filled in if it has none. */
    static void append(Handle handle, AuditEntry entry, long newId) {
        append(handle, entry.objectId() == null ? entry.withObjectId(Long.toString(newId)) : entry);
    }
}
