package org.nianbao.core.rendering;

import java.util.List;

/**
 * A report laid out for drawing: the title and, in order, the section headings, the paragraphs of their text and
 * the tables.
 *
 * @param title the title, 「××2023年政府信息公开工作年度报告」
 * @param parts headings, paragraphs and tables in reading order
 */
public record ReportDocument(String title, List<Part> parts) {
    public ReportDocument {
        parts = List.copyOf(parts);
    }

    /** A heading, a paragraph or a table. */
    public sealed interface Part permits Heading, Paragraph, Table {}

    /**
     * A section heading (一、总体情况) or a table caption line.
     *
     * @param text the heading as printed
     */
    public record Heading(String text) implements Part {}

    /**
     * One paragraph of a section's text.
     *
     * @param text the paragraph
     */
    public record Paragraph(String text) implements Part {}

    /**
     * A table of the report.
     *
     * @param grid its grid
     */
    public record Table(Grid grid) implements Part {}
}
