package org.nianbao.core.library;

import org.jspecify.annotations.Nullable;

/** An agency to create. */
public record NewAgency(@Nullable String code, String name, AgencyLevel level, @Nullable Long parentId) {
    public NewAgency {
        if (name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("单位名称不能为空，且不超过200个字符");
        }
    }
}
