package org.nianbao.core.rendering;

import org.nianbao.core.report.CellPath;

/**
 * A note drawn on a cell of the reviewer's annotated copy: a finding, as the renderers see it (rendering knows
 * reports, not the validation that produced the note).
 *
 * @param path the cell, row or section the note is about
 * @param severity 错误, 警告 or 提示 (as shown to users)
 * @param error whether it is an error (drawn in red; warnings and notes in amber)
 * @param message the note in Chinese
 */
public record Annotation(CellPath path, String severity, boolean error, String message) {}
