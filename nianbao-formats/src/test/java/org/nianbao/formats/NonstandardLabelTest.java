package org.nianbao.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.nianbao.core.recognition.ReportRecognizer;
import org.nianbao.core.usecase.CheckedReport;
import org.nianbao.core.usecase.ReportPipeline;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.RuleId;
import org.nianbao.core.validation.Validator;
import org.nianbao.testkit.Corpus;

class NonstandardLabelTest {
    private final ReportPipeline pipeline =
            new ReportPipeline(DocumentReaders.standard(), new ReportRecognizer(), Validator.standard());

    private CheckedReport checkSeed003With(String official, String printed) throws IOException {
        String text = Files.readString(Corpus.dir().resolve("seeds/003_396493f86c9f6da3.txt"));
        assertThat(text).contains(official);
        return pipeline.check("003-variant.txt", text.replace(official, printed).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void reportsATypoInAnItemLabelSeenInAPublishedReport() throws IOException {
        CheckedReport checked = checkSeed003With("2. 其他法律行政法规禁止公开", "2. 其他法律行政止公开");

        assertThat(checked.findings())
                .filteredOn(finding -> finding.rule() == RuleId.LABEL_NONSTANDARD)
                .extracting(Finding::message)
                .containsExactly("「2.其他法律行政止公开」应为「2.其他法律行政法规禁止公开」");
        assertThat(checked.report().applications().cell(
                        org.nianbao.core.report.ApplicationRow.WITHHELD_LAW_PROHIBITED,
                        org.nianbao.core.report.ApplicantColumn.TOTAL).count())
                .hasValue(0);
    }

    @Test
    void doesNotReportALabelThatIsOnlySplitAcrossLines() throws IOException {
        CheckedReport checked = checkSeed003With("3. 要求提供公开出版物\t0\t0\t0\t0\t0\t0\t0",
                "3. 要求提供公\t0\t0\t0\t0\t0\t0\t0\n\t\t开出版物");

        assertThat(checked.findings()).noneMatch(finding -> finding.rule() == RuleId.LABEL_NONSTANDARD);
    }
}
