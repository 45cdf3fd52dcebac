package org.nianbao.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.core.rendering.ReportLayout;
import org.nianbao.core.rendering.ReportRenderer;
import org.nianbao.core.recognition.ReportRecognizer;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.ApplicantColumn;
import org.nianbao.core.report.ApplicationRow;
import org.nianbao.core.report.Cell;
import org.nianbao.core.report.CellTable;
import org.nianbao.core.report.ReviewGroup;
import org.nianbao.core.report.ReviewOutcome;
import org.nianbao.core.usecase.ReportPipeline;
import org.nianbao.core.validation.Validator;
import org.nianbao.testkit.Reports;

/**
 * Blank cells at the edge of a table-三 row (a blank 自然人, a blank 总计, a row left wholly blank) and at either end
 * of the table-四 row keep their
 * places when a report is published as a table with merged label cells: never shifted, never filled in.
 */
class BlankEdgeCellsRoundTripTest {
    private final ReportPipeline pipeline =
            new ReportPipeline(DocumentReaders.standard(), new ReportRecognizer(), Validator.standard());

    @ParameterizedTest
    @ValueSource(strings = {"docx", "html", "pdf"})
    void blanksAtTheEdgesOfRowsStayBlank(String format) {
        AnnualReport balanced = Reports.balanced2021();
        CellTable<ApplicationRow, ApplicantColumn> table = balanced.applications()
                .with(ApplicationRow.GRANTED, ApplicantColumn.NATURAL_PERSON, Cell.BLANK)
                .with(ApplicationRow.PARTIAL, ApplicantColumn.TOTAL, Cell.BLANK);
        for (ApplicantColumn column : ApplicantColumn.all()) {
            table = table.with(ApplicationRow.WITHHELD_QUERY_MATTER, column, Cell.BLANK);
        }
        CellTable<ReviewGroup, ReviewOutcome> review = balanced.reviewLitigation()
                .with(ReviewGroup.REVIEW, ReviewOutcome.UPHELD, Cell.BLANK)
                .with(ReviewGroup.LIT_AFTER_REVIEW, ReviewOutcome.TOTAL, Cell.BLANK);
        AnnualReport report = new AnnualReport(balanced.formatVersion(), balanced.agency(), balanced.year(),
                balanced.title(), balanced.sections(), balanced.proactive(), table, review);
        ReportRenderer renderer = ReportRenderers.standard().forFormat(format).orElseThrow();

        byte[] published = renderer.render(ReportLayout.of(report), List.of());
        AnnualReport back = pipeline.check("report." + format, published).report();

        assertThat(back.applications()).isEqualTo(report.applications());
        assertThat(back.reviewLitigation()).isEqualTo(report.reviewLitigation());
    }
}
