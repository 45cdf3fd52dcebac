/**
 * The PDF reader: text from the PDF's text layer (PDFBox), tables rebuilt from the ruling lines the page draws
 * (lattice) with every glyph placed in its cell by position, and the rest of the page as lines in reading order.
 */
@NullMarked
package org.nianbao.formats.pdf;

import org.jspecify.annotations.NullMarked;
