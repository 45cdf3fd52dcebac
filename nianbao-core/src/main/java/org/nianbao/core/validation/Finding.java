package org.nianbao.core.validation;

import org.jspecify.annotations.Nullable;
import org.nianbao.core.report.CellPath;

/**
 * What a rule found, in the shape of the spec's findings.
 *
 * @param rule the rule id
 * @param severity the rule's severity
 * @param cell the cell (or row, section or column label) concerned, if any
 * @param expected what the arithmetic says the cell should hold, where it applies
 * @param actual what the report prints, where it applies
 * @param message the Chinese sentence for users, naming the cell in the report's words
 * @param line the 1-based source line, if known
 * @param page the 1-based page of that line, for paged sources (PDF), if known
 */
public record Finding(
        RuleId rule,
        Severity severity,
        @Nullable CellPath cell,
        @Nullable Number expected,
        @Nullable Number actual,
        String message,
        @Nullable Integer line,
        @Nullable Integer page) {

    /** A finding with the rule's own severity and no line yet. */
    public static Finding of(
            RuleId rule, @Nullable CellPath cell, @Nullable Number expected, @Nullable Number actual, String message) {
        return new Finding(rule, rule.severity(), cell, expected, actual, message, null, null);
    }

    public Finding withLine(@Nullable Integer newLine) {
        return new Finding(rule, severity, cell, expected, actual, message, newLine, page);
    }

    public Finding withPage(@Nullable Integer newPage) {
        return new Finding(rule, severity, cell, expected, actual, message, line, newPage);
    }
}
