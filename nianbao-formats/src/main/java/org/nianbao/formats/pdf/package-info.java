/**
 * The PDF reader: text from the PDF's text layer (PDFBox), tables rebuilt from the ruling lines the page draws
 * (lattice) with every glyph placed in its cell by position, and the rest of the page as lines in reading order.
 *
 * <p>Also the PDF renderer ({@code PdfReportRenderer}): the HTML page through openhtmltopdf with an embedded CJK font.
 */
@NullMarked
package org.nianbao.formats.pdf;

import org.jspecify.annotations.NullMarked;
