/**
 * A document as its reader extracted it: paragraphs and tables with their source lines, independent of the
 * format it came from. Readers (in nianbao-formats) produce it; the recognizer consumes it. Nothing here parses
 * bytes.
 */
@NullMarked
package org.nianbao.core.document;

import org.jspecify.annotations.NullMarked;
