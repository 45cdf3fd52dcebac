package org.nianbao.formats.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.core.rendering.Annotation;
import org.nianbao.core.rendering.ReportLayout;
import org.nianbao.core.report.ApplicantColumn;
import org.nianbao.core.report.ApplicationRow;
import org.nianbao.core.report.CellPath;
import org.nianbao.testkit.Reports;

/** A rendered .docx, annotated, opens in LibreOffice and converts to PDF (skipped without LibreOffice). */
class DocxReportRenderConversionTest {

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void annotatedDocxConvertsToPdfWithLibreOffice(@TempDir Path directory) throws Exception {
        DocxRenderSoffice.assumeInstalled();
        byte[] docx = new DocxReportRenderer().render(ReportLayout.of(Reports.balanced2021()), List.of(
                new Annotation(CellPath.of(ApplicationRow.GRANTED, ApplicantColumn.TOTAL), "错误", true, "总计有误")));
        Path source = Files.write(directory.resolve("report.docx"), docx);

        Path pdf = DocxRenderSoffice.convert(source, "pdf", directory);

        assertThat(pdf).exists();
        assertThat(Files.size(pdf)).isPositive();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }
}
