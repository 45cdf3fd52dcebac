/**
 * The annual report as immutable values: the six sections and the three tables of the official format
 * (国办公开办函〔2021〕30号 and 〔2019〕60号). The centre of the system; it depends on no other package.
 * A blank or unreadable cell is {@link org.nianbao.core.report.Cell.Blank} or
 * {@link org.nianbao.core.report.Cell.Unreadable}, never zero.
 */
@NullMarked
package org.nianbao.core.report;

import org.jspecify.annotations.NullMarked;
