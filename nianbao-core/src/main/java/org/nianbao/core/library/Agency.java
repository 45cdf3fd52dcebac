package org.nianbao.core.library;

import org.jspecify.annotations.Nullable;

/**
 * A reporting body.
 *
 * @param code an administrative division or organisation code, where known
 * @param parentId the body above it (a county above its townships and departments); null at the top
 */
public record Agency(long id, @Nullable String code, String name, AgencyLevel level, @Nullable Long parentId) {}
