/**
 * Web pages as saved from government portals: the charset from the byte-order mark, the {@code <meta>} declaration
 * or the bytes; the article body found among the portal's menus and footers; paragraphs and tables (merged cells
 * expanded) in reading order.
 */
@NullMarked
package org.nianbao.formats.html;

import org.jspecify.annotations.NullMarked;
