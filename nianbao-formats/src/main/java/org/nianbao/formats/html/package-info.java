/**
 * Web pages as saved from government portals: the charset from the byte-order mark, the {@code <meta>} declaration
 * or the bytes; the article body found among the portal's menus and footers; paragraphs and tables (merged cells
 * expanded) in reading order.
 *
 * <p>Also the HTML renderer ({@code HtmlReportRenderer}): the official layout as a standalone printable page.
 */
@NullMarked
package org.nianbao.formats.html;

import org.jspecify.annotations.NullMarked;
