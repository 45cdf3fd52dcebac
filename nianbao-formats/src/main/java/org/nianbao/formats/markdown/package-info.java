/**
 * Markdown output: a report in the official layout as a GitHub-flavoured Markdown document, its tables as pipe
 * tables with merged cells written at their top-left position.
 */
@NullMarked
package org.nianbao.formats.markdown;

import org.jspecify.annotations.NullMarked;
