package org.nianbao.core.usecase;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.account.AccessDeniedException;
import org.nianbao.core.account.Role;
import org.nianbao.core.account.User;
import org.nianbao.core.library.AgencyRepository;

/**
 * The agencies a user may see and change: everything for an admin, the agency and everything below it for a
 * reviewer, the own agency only for a clerk. Computed per request from the stored hierarchy.
 *
 * @param agencyIds the visible agencies; null means all (admin)
 */
public record Scope(User user, @Nullable Set<Long> agencyIds) {

    public Scope {
        if (agencyIds != null) {
            agencyIds = Set.copyOf(agencyIds);
        }
    }

    public static Scope of(User user, AgencyRepository agencies) {
        if (user.role() == Role.ADMIN) {
            return new Scope(user, null);
        }
        Long agency = user.agencyId();
        if (agency == null) {
            return new Scope(user, Set.of());
        }
        return new Scope(user, user.role() == Role.CLERK ? Set.of(agency) : agencies.subtree(agency));
    }

    public boolean includes(long agencyId) {
        return agencyIds == null || agencyIds.contains(agencyId);
    }

    /** @throws AccessDeniedException when the agency is outside the scope */
    public void require(long agencyId, String what) {
        if (!includes(agencyId)) {
            throw new AccessDeniedException("您无权" + what + "该单位的报告");
        }
    }

    /** The visible agencies intersected with {@code others} (null: no restriction). */
    public @Nullable Set<Long> restrict(@Nullable Set<Long> others) {
        if (others == null) {
            return agencyIds;
        }
        if (agencyIds == null) {
            return others;
        }
        return others.stream().filter(agencyIds::contains).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
