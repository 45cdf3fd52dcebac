package org.nianbao.core.validation.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.ApplicantColumn;
import org.nianbao.core.report.ApplicationRow;
import org.nianbao.core.report.CellTable;
import org.nianbao.core.validation.RuleId;

/**
 * The three sets of equations of table 三 (C1 row totals, C2 outcome sums, C3 balance, format.md §C.1) and
 * the attribution of their failures to cells, so that one wrong cell gives one finding.
 *
 * <p>A single wrong cell breaks exactly the equations it takes part in, all by the same amount. When every
 * equation through a cell is broken, and all imply the same corrected value, the cell is reported once.
 * Failures no single cell explains are reported on the printed total of each broken equation.
 */
final class ApplicationsArithmetic {

    /** One failure to report. */
    record Failure(
            RuleId rule, ApplicationRow row, ApplicantColumn column, long expected, long actual, boolean located,
            boolean printedTotal) {}

    private record Term(ApplicationRow row, ApplicantColumn column, int sign) {}

    /**
     * Σ sign·cell = 0; {@code printed} is the term that carries the printed total. The equations of a set of rows
     * are built once ({@link #EQUATIONS}) and all differ, so an equation is equal only to itself: identity is
     * equality, and hashing it does not walk its terms.
     */
    private record Equation(RuleId rule, List<Term> terms, Term printed) {
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    private ApplicationsArithmetic() {}

    /** The three table-三 rules ask for the same analysis of a report, one after another. */
    private static final LastReportMemo<List<Failure>> LAST = new LastReportMemo<>(ApplicationsArithmetic::analyse);

    /**
     * The equations of a table depend only on which rows it has (a bit per row ordinal: there are fewer than 64
     * rows); there are few such sets.
     */
    private static final Map<Long, List<Equation>> EQUATIONS = new ConcurrentHashMap<>();

    static {
        if (ApplicationRow.values().length > Long.SIZE) {
            throw new IllegalStateException("more rows than bits in a long");
        }
    }

    static List<Failure> failures(AnnualReport report) {
        return LAST.get(report);
    }

    private static List<Failure> analyse(AnnualReport report) {
        CellTable<ApplicationRow, ApplicantColumn> table = report.applications();
        if (table == null) {
            return List.of();
        }
        long rows = 0;
        for (ApplicationRow row : table.rows().keySet()) {
            rows |= 1L << row.ordinal();
        }
        List<Equation> equations = EQUATIONS.computeIfAbsent(rows, set -> List.copyOf(equations(table)));
        Counts counts = Counts.of(table);
        Map<Equation, Long> residuals = new LinkedHashMap<>();
        for (Equation equation : equations) {
            Long residual = residual(counts, equation);
            if (residual != null) {
                residuals.put(equation, residual);
            }
        }
        Set<Equation> broken = new HashSet<>();
        residuals.forEach((equation, residual) -> {
            if (residual != 0) {
                broken.add(equation);
            }
        });
        if (broken.isEmpty()) {
            return List.of();
        }

        List<Failure> failures = new ArrayList<>();
        Set<Equation> explained = new HashSet<>();
        for (Candidate candidate : candidates(counts, residuals, broken)) {
            if (candidate.equations.stream().anyMatch(explained::contains)) {
                continue;
            }
            explained.addAll(candidate.equations);
            RuleId printedIn = candidate.equations.stream()
                    .filter(e -> e.printed.row == candidate.term.row && e.printed.column == candidate.term.column)
                    .map(Equation::rule)
                    .findFirst()
                    .orElse(null);
            RuleId rule = printedIn == null ? candidate.equations.get(0).rule : printedIn;
            failures.add(new Failure(rule, candidate.term.row, candidate.term.column, candidate.corrected,
                    candidate.value, true, printedIn != null));
        }
        for (Equation equation : equations) {
            if (broken.contains(equation) && !explained.contains(equation)) {
                long printedValue = counts.of(equation.printed.row, equation.printed.column).getAsLong();
                long expected = printedValue - residuals.get(equation) * equation.printed.sign;
                failures.add(new Failure(equation.rule, equation.printed.row, equation.printed.column, expected,
                        printedValue, false, true));
            }
        }
        return failures;
    }

    private record Candidate(Term term, List<Equation> equations, long value, long corrected) {}

    private static List<Candidate> candidates(
            Counts counts, Map<Equation, Long> residuals, Set<Equation> broken) {
        Map<Term, List<Equation>> byCell = new LinkedHashMap<>();
        for (Equation equation : residuals.keySet()) {
            for (Term term : equation.terms) {
                byCell.computeIfAbsent(new Term(term.row, term.column, 0), t -> new ArrayList<>()).add(equation);
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        byCell.forEach((cell, through) -> {
            if (through.size() < 2 || !broken.containsAll(through)) {
                return;
            }
            long value = counts.of(cell.row, cell.column).getAsLong();
            Long corrected = null;
            for (Equation equation : through) {
                int sign = signOf(equation, cell);
                long implied = value - residuals.get(equation) * sign;
                if (corrected == null) {
                    corrected = implied;
                } else if (corrected != implied) {
                    return;
                }
            }
            candidates.add(new Candidate(cell, through, value, corrected));
        });
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.equations.size()));
        return candidates;
    }

    private static int signOf(Equation equation, Term cell) {
        for (Term term : equation.terms) {
            if (term.row == cell.row && term.column == cell.column) {
                return term.sign;
            }
        }
        throw new IllegalStateException("cell not in equation");
    }

    private static Long residual(Counts counts, Equation equation) {
        long sum = 0;
        for (Term term : equation.terms) {
            OptionalLong value = counts.of(term.row, term.column);
            if (value.isEmpty() || value.getAsLong() < 0) {
                return null;
            }
            sum += term.sign * value.getAsLong();
        }
        return sum;
    }

    /**
     * The counts of table 三 by row and column, read once per analysis: the equations read each cell several
     * times, and two map lookups per reading cost more than the arithmetic.
     */
    private record Counts(OptionalLong[][] byOrdinal) {
        static Counts of(CellTable<ApplicationRow, ApplicantColumn> table) {
            int columns = ApplicantColumn.values().length;
            OptionalLong[][] counts = new OptionalLong[ApplicationRow.values().length][columns];
            for (OptionalLong[] row : counts) {
                Arrays.fill(row, OptionalLong.empty());
            }
            table.rows().forEach((row, cells) ->
                    cells.forEach((column, cell) -> {
                        if (cell != null) {
                            counts[row.ordinal()][column.ordinal()] = cell.count();
                        }
                    }));
            return new Counts(counts);
        }

        /** The count in a cell; empty for a blank, unreadable or absent cell. */
        OptionalLong of(ApplicationRow row, ApplicantColumn column) {
            return byOrdinal[row.ordinal()][column.ordinal()];
        }
    }

    private static List<Equation> equations(CellTable<ApplicationRow, ApplicantColumn> table) {
        List<Equation> equations = new ArrayList<>();
        List<ApplicationRow> rows = new ArrayList<>(table.rows().keySet());
        for (ApplicationRow row : rows) {
            List<Term> terms = new ArrayList<>();
            Term printed = new Term(row, ApplicantColumn.TOTAL, 1);
            terms.add(printed);
            for (ApplicantColumn column : ApplicantColumn.applicants()) {
                terms.add(new Term(row, column, -1));
            }
            equations.add(new Equation(RuleId.T3_ROW_TOTAL, terms, printed));
        }
        List<ApplicationRow> leaves = rows.stream().filter(ApplicationRow::isOutcome).toList();
        if (table.hasRow(ApplicationRow.RESULT_TOTAL) && !leaves.isEmpty()) {
            for (ApplicantColumn column : ApplicantColumn.all()) {
                List<Term> terms = new ArrayList<>();
                Term printed = new Term(ApplicationRow.RESULT_TOTAL, column, 1);
                terms.add(printed);
                for (ApplicationRow leaf : leaves) {
                    terms.add(new Term(leaf, column, -1));
                }
                equations.add(new Equation(RuleId.T3_OUTCOME_SUM, terms, printed));
            }
        }
        if (table.hasRow(ApplicationRow.NEW_RECEIVED)
                && table.hasRow(ApplicationRow.CARRIED_OVER)
                && table.hasRow(ApplicationRow.RESULT_TOTAL)
                && table.hasRow(ApplicationRow.CARRIED_FORWARD)) {
            for (ApplicantColumn column : ApplicantColumn.all()) {
                Term printed = new Term(ApplicationRow.CARRIED_FORWARD, column, -1);
                List<Term> terms = List.of(
                        new Term(ApplicationRow.NEW_RECEIVED, column, 1),
                        new Term(ApplicationRow.CARRIED_OVER, column, 1),
                        new Term(ApplicationRow.RESULT_TOTAL, column, -1),
                        printed);
                equations.add(new Equation(RuleId.T3_BALANCE, terms, printed));
            }
        }
        return equations;
    }
}
