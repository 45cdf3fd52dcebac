package org.nianbao.core.account;

import org.jspecify.annotations.Nullable;

/** A user to create. Reviewers and clerks belong to an agency; an admin need not. */
public record NewUser(String username, String displayName, Role role, @Nullable Long agencyId) {
    public NewUser {
        if (!username.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw new IllegalArgumentException("用户名只能由字母、数字和 . _ @ - 组成，至多64个字符：" + username);
        }
        if (role != Role.ADMIN && agencyId == null) {
            throw new IllegalArgumentException(role.label() + "必须属于一个单位");
        }
    }
}
