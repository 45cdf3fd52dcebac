package org.nianbao.core.library;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nianbao.core.account.AuditEntry;

/** Stored agencies. Names are unique. */
public interface AgencyRepository {

    /** Creates an agency; the audit entry's object id is filled in with the new id. */
    Agency create(NewAgency agency, AuditEntry audit);

    Optional<Agency> find(long id);

    Optional<Agency> findByName(String name);

    /** Every agency, by name. */
    List<Agency> all();

    /** The ids of the agency and of every agency below it, at any depth. */
    Set<Long> subtree(long id);
}
