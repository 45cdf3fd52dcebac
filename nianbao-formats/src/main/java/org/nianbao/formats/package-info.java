/**
 * Document readers, one per source format, behind core's {@link org.nianbao.core.document.DocumentReader}; the
 * format is detected from the bytes, not the file name. The only module that parses file formats.
 */
@NullMarked
package org.nianbao.formats;

import org.jspecify.annotations.NullMarked;
