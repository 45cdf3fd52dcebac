package org.nianbao.core.recognition;

import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.Provenance;

/**
 * What the recognizer read: the report, and where each of its values came from.
 *
 * @param report the report
 * @param provenance source lines, printed labels and reading notes
 */
public record Recognition(AnnualReport report, Provenance provenance) {}
