package org.nianbao.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.nianbao.core.json.CanonicalJson;

/** The two ways every route answers besides a page: JSON in the canonical codec, and a file to download. */
public final class Answers {
    private Answers() {}

    /** {@code body} as JSON ({@link CanonicalJson#writeTree}: reports and findings in their canonical shape). */
    public static void json(Context ctx, Object body) {
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(CanonicalJson.writeTreeUtf8(body));
    }

    /** Marks the answer as a file named {@code name} (UTF-8 name for browsers, an ASCII fallback for the rest). */
    public static void attachment(Context ctx, String name, String contentType) {
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        ctx.contentType(contentType);
        ctx.header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
