package org.nianbao.storage;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.Jdbi;
import org.nianbao.core.account.AuditEntry;
import org.nianbao.core.library.Agency;
import org.nianbao.core.library.AgencyRepository;
import org.nianbao.core.library.NewAgency;
import org.nianbao.storage.internal.AgencyDao;
import org.nianbao.storage.internal.Constraints;

/** Agencies in table {@code agency}; names are unique, and a parent must exist before its children. */
public final class JdbiAgencyRepository implements AgencyRepository {
    private final Jdbi jdbi;

    JdbiAgencyRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * {@inheritDoc}
     *
     * @throws DuplicateRecordException when an agency of that name exists
     * @throws MissingRecordException when the parent does not exist
     */
    @Override
    public Agency create(NewAgency agency, AuditEntry audit) {
        try {
            return jdbi.inTransaction(handle -> {
                AgencyDao dao = handle.attach(AgencyDao.class);
                if (agency.parentId() != null && dao.find(agency.parentId()).isEmpty()) {
                    throw new MissingRecordException("上级单位不存在（编号 " + agency.parentId() + "）");
                }
                if (dao.findByName(agency.name()).isPresent()) {
                    throw new DuplicateRecordException(duplicateMessage(agency));
                }
                long id = dao.insert(agency.code(), agency.name(), agency.level().key(), agency.parentId());
                JdbiAuditLog.append(handle, audit, id);
                return new Agency(id, agency.code(), agency.name(), agency.level(), agency.parentId());
            });
        } catch (JdbiException e) {
            if (Constraints.isUniqueViolation(e)) {
                throw new DuplicateRecordException(duplicateMessage(agency), e);
            }
            throw e;
        }
    }

    private static String duplicateMessage(NewAgency agency) {
        return "单位「" + agency.name() + "」已存在";
    }

    @Override
    public Optional<Agency> find(long id) {
        return jdbi.withExtension(AgencyDao.class, dao -> dao.find(id));
    }

    @Override
    public Optional<Agency> findByName(String name) {
        return jdbi.withExtension(AgencyDao.class, dao -> dao.findByName(name));
    }

    /** {@inheritDoc} Ordered by {@link String#compareTo}, the same whatever the database's collation. */
    @Override
    public List<Agency> all() {
        return jdbi.withExtension(AgencyDao.class, AgencyDao::all).stream()
                .sorted(Comparator.comparing(Agency::name).thenComparingLong(Agency::id))
                .toList();
    }

    /** {@inheritDoc} Empty when there is no agency {@code id}. */
    @Override
    public Set<Long> subtree(long id) {
        return Set.copyOf(jdbi.withExtension(AgencyDao.class, dao -> dao.subtree(id)));
    }
}
