/**
 * Rules over one recognized {@link org.nianbao.core.report.AnnualReport} (and, through
 * {@link org.nianbao.core.validation.CrossReportRule}, over several). Rules are stateless and return findings;
 * they never read files or the database. Rule ids and severities follow {@code docs/spec/rules.md}; the
 * Chinese sentences live in {@code messages.properties} next to this package.
 */
@NullMarked
package org.nianbao.core.validation;

import org.jspecify.annotations.NullMarked;
