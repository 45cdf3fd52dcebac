/**
 * Reads Office Open XML Word documents (.docx) with Apache POI XWPF: paragraphs and tables of the main body in
 * reading order, merged cells expanded to their grid positions, nested and layout tables unwrapped. Also home of the
 * model both Word readers build ({@link org.nianbao.formats.docx.WordContent}) and of the one place that turns it
 * into blocks under the per-document limits ({@link org.nianbao.formats.docx.WordBlocks}), which the legacy .doc
 * reader in {@code org.nianbao.formats.doc} shares.
 *
 * <p>Also the DOCX renderer ({@code DocxReportRenderer}): the official layout as an editable Word document.
 */
@NullMarked
package org.nianbao.formats.docx;

import org.jspecify.annotations.NullMarked;
