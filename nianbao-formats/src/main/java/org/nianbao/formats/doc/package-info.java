/**
 * Reads legacy binary Word documents (Word 97–2003 .doc) with Apache POI HWPF into the same model as the .docx
 * reader ({@link org.nianbao.formats.docx.WordContent}, {@link org.nianbao.formats.docx.WordBlocks}).
 */
@NullMarked
package org.nianbao.formats.doc;

import org.jspecify.annotations.NullMarked;
