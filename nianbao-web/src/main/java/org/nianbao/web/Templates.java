package org.nianbao.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/**
 * The JTE templates of {@code src/main/jte}, compiled at build time (type-checked against the view models) and
 * escaped by context: every value written into a page is HTML-escaped unless a template says otherwise, and none
 * does. Thread-safe.
 */
public final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders {@code template} with its one parameter {@code model} as the response. */
    public void render(Context ctx, String template, Object model) {
        StringOutput output = new StringOutput(16_384);
        engine.render(template, model, output);
        ctx.html(output.toString());
    }
}
