package org.nianbao.formats.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.nianbao.core.recognition.ReportRecognizer;
import org.nianbao.core.rendering.Annotation;
import org.nianbao.core.rendering.ReportLayout;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.usecase.CheckedReport;
import org.nianbao.core.usecase.ReportPipeline;
import org.nianbao.core.validation.Severity;
import org.nianbao.core.validation.Validator;
import org.nianbao.formats.DocumentReaders;
import org.nianbao.testkit.Corpus;
import org.nianbao.testkit.Reports;

/**
 * Writes the PDFs behind the page images of {@code docs/images} (not a test; {@code scripts/render-pictures.sh}
 * runs it and turns the pages into PNGs): a 2021-format report (corpus seed 002 recognized through the pipeline),
 * its reviewer's copy annotated with the validator's findings, and a 2019-format report
 * ({@code Reports.balanced2019()}, as the corpus has no 2019 report). Enabled by the system property
 * {@code nianbao.pictures}, the directory to write to.
 */
@EnabledIfSystemProperty(named = "nianbao.pictures", matches = ".+")
class RenderPictures {
    private static final String SEED_2021 = "002_9375a95e759e8e3f.txt";

    @Test
    void writePdfs() throws IOException {
        Path out = Path.of(System.getProperty("nianbao.pictures"));
        Files.createDirectories(out);
        PdfReportRenderer renderer = new PdfReportRenderer();
        ReportPipeline pipeline =
                new ReportPipeline(DocumentReaders.standard(), new ReportRecognizer(), Validator.standard());
        Path seed = Corpus.dir().resolve("seeds").resolve(SEED_2021);
        CheckedReport checked = pipeline.check(SEED_2021, Files.readAllBytes(seed));

        Files.write(out.resolve("render-2021.pdf"), renderer.render(ReportLayout.of(checked.report()), List.of()));
        List<Annotation> notes = checked.findings().stream()
                .map(finding -> new Annotation(
                        finding.cell() == null ? new CellPath("report") : finding.cell(),
                        finding.severity().label(),
                        finding.severity() == Severity.ERROR,
                        finding.message()))
                .toList();
        Files.write(out.resolve("render-2021-annotated.pdf"), renderer.render(ReportLayout.of(checked.report()), notes));
        Files.write(out.resolve("render-2019.pdf"), renderer.render(ReportLayout.of(Reports.balanced2019()), List.of()));
    }
}
