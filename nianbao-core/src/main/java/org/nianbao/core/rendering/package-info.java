/**
 * The official layout of a report, independent of any output format: the title, the six sections with their
 * headings, and the three tables as grids of cells with their merges, exactly as the national template
 * (国办公开办函〔2021〕30号; 〔2019〕60号 for 2019-format reports) draws them. Renderers in nianbao-formats draw
 * this layout as DOCX, PDF, HTML, XLSX or Markdown; none of them decides where a cell goes.
 */
@NullMarked
package org.nianbao.core.rendering;

import org.jspecify.annotations.NullMarked;
