package org.nianbao.formats.html;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.nianbao.core.rendering.Annotation;
import org.nianbao.core.rendering.ReportDocument;
import org.nianbao.core.rendering.ReportRenderer;

/**
 * Draws a report as one standalone, printable web page (UTF-8): the official layout with its merged cells, the
 * style sheet inline (A4 print styles, collapsed borders), nothing loaded from elsewhere, every text escaped so
 * that markup in a report's text is shown, never run. The reviewer's copy highlights annotated cells (red for
 * errors, amber for warnings and notes), gives each a tooltip and a numbered marker linking to the 「审核意见」 list
 * after its table. The same input always gives the same bytes. See {@link ReportHtml}. Stateless and thread-safe.
 */
public final class HtmlReportRenderer implements ReportRenderer {

    @Override
    public String format() {
        return "html";
    }

    @Override
    public byte[] render(ReportDocument document, List<Annotation> annotations) {
        return ReportHtml.page(document, annotations, ReportHtml.Medium.BROWSER).getBytes(StandardCharsets.UTF_8);
    }
}
