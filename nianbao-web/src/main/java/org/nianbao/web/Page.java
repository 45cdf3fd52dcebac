package org.nianbao.web;

import io.javalin.http.Context;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.account.Role;
import org.nianbao.core.account.User;
import org.nianbao.web.auth.Authentication;

/**
 * What every page's layout needs: the title, who is logged in, the CSRF token for its forms, the current menu
 * entry, and an optional notice.
 */
public record Page(String title, @Nullable User user, String csrf, String nav, @Nullable String notice) {

    public static Page of(Context ctx, String title, String nav) {
        return new Page(title, Authentication.optionalUser(ctx), Authentication.csrf(ctx), nav, ctx.queryParam("notice"));
    }

    public boolean admin() {
        return user != null && user.role() == Role.ADMIN;
    }
}
