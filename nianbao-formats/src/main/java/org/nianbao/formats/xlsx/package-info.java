/**
 * Renders a laid-out report as an Excel workbook (.xlsx) with Apache POI XSSF: an overview sheet, one sheet per
 * table drawn as its grid with merged regions and numbers as numeric cells, and a sheet of the reviewer's notes.
 */
@NullMarked
package org.nianbao.formats.xlsx;

import org.jspecify.annotations.NullMarked;
