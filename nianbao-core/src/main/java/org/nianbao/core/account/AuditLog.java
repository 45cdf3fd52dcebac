package org.nianbao.core.account;

import java.util.List;

/** The append-only record of state changes. Entries are never updated or deleted. */
public interface AuditLog {

    /** Records a change that has no repository of its own (a login, a logout). */
    void record(AuditEntry entry);

    /** The latest entries, newest first. */
    List<AuditEntry> recent(int limit);

    /** The entries about one object, oldest first. */
    List<AuditEntry> about(String objectType, String objectId);
}
