package org.nianbao.core.rendering;

import java.util.List;

/**
 * Draws a laid-out report in one output format. Implementations live in nianbao-formats, are stateless and
 * thread-safe.
 */
public interface ReportRenderer {

    /** The output format, as named on the command line: docx, pdf, html, xlsx or md. */
    String format();

    /**
     * Renders the document.
     *
     * @param document the report laid out by {@link ReportLayout}
     * @param annotations notes to draw on their cells (empty for a clean copy): each annotated cell highlighted
     *     and its notes written next to it
     * @return the bytes of the output file
     */
    byte[] render(ReportDocument document, List<Annotation> annotations);
}
