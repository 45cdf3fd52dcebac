/**
 * Turns an {@link org.nianbao.core.document.ExtractedDocument} into an
 * {@link org.nianbao.core.report.AnnualReport}: finds the title, the six sections and the three tables, and
 * reads every cell with the line it came from. Deterministic and exact: a value is placed only where the labels
 * or the arithmetic prove it belongs; anything else is null plus a note. Knows nothing of file formats.
 */
@NullMarked
package org.nianbao.core.recognition;

import org.jspecify.annotations.NullMarked;
