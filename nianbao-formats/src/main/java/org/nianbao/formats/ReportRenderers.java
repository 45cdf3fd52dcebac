package org.nianbao.formats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.core.rendering.ReportRenderer;
import org.nianbao.formats.docx.DocxReportRenderer;
import org.nianbao.formats.html.HtmlReportRenderer;
import org.nianbao.formats.markdown.MarkdownReportRenderer;
import org.nianbao.formats.pdf.PdfReportRenderer;
import org.nianbao.formats.xlsx.XlsxReportRenderer;

/** The explicit registry of renderers, by the format name used on the command line (docx, pdf, html, xlsx, md). */
public final class ReportRenderers {
    private final Map<String, ReportRenderer> renderers;

    private ReportRenderers(List<ReportRenderer> renderers) {
        Map<String, ReportRenderer> byFormat = new LinkedHashMap<>();
        renderers.forEach(renderer -> byFormat.put(renderer.format(), renderer));
        this.renderers = Map.copyOf(byFormat);
        this.formats = List.copyOf(byFormat.keySet());
    }

    private final List<String> formats;

    /** Every renderer nianbao has. */
    public static ReportRenderers standard() {
        return new ReportRenderers(List.of(
                new DocxReportRenderer(),
                new PdfReportRenderer(),
                new HtmlReportRenderer(),
                new XlsxReportRenderer(),
                new MarkdownReportRenderer()));
    }

    /** The renderer of a format, if there is one. */
    public Optional<ReportRenderer> forFormat(String format) {
        return Optional.ofNullable(renderers.get(format));
    }

    /** The format names, in the order they are listed. */
    public List<String> formats() {
        return formats;
    }
}
