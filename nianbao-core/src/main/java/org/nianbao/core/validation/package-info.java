/**
 * Rules over one recognized {@link org.nianbao.core.report.AnnualReport} ({@link org.nianbao.core.validation.Validator}
 * with {@link org.nianbao.core.validation.StandardRules}) and over several reports of one agency or one year
 * ({@link org.nianbao.core.validation.CrossReportRules}). Rules are stateless and return findings;
 * they never read files or the database. Rule ids and severities follow {@code docs/spec/rules.md}; the
 * Chinese sentences live in {@code messages.properties} next to this package.
 */
@NullMarked
package org.nianbao.core.validation;

import org.jspecify.annotations.NullMarked;
