package org.nianbao.formats.xlsx;

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
import org.nianbao.formats.docx.DocxRenderSoffice;
import org.nianbao.testkit.Reports;

/** A rendered .xlsx, annotated, opens in LibreOffice and converts to PDF and CSV (skipped without LibreOffice). */
class XlsxReportRenderConversionTest {
    private final byte[] xlsx = new XlsxReportRenderer().render(ReportLayout.of(Reports.balanced2021()), List.of(
            new Annotation(CellPath.of(ApplicationRow.GRANTED, ApplicantColumn.TOTAL), "错误", true, "总计有误")));

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void annotatedXlsxConvertsToPdfWithLibreOffice(@TempDir Path directory) throws Exception {
        DocxRenderSoffice.assumeInstalled();
        Path source = Files.write(directory.resolve("report.xlsx"), xlsx);

        Path pdf = DocxRenderSoffice.convert(source, "pdf", directory);

        assertThat(pdf).exists();
        assertThat(Files.size(pdf)).isPositive();
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void xlsxConvertsToCsvWithLibreOffice(@TempDir Path directory) throws Exception {
        DocxRenderSoffice.assumeInstalled();
        Path source = Files.write(directory.resolve("report.xlsx"), xlsx);

        // the first sheet, 概况, in UTF-8 (filter options: comma, quote, UTF-8)
        Path csv = DocxRenderSoffice.convert(source, "csv:Text - txt - csv (StarCalc):44,34,76", directory);

        assertThat(csv).exists();
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("政府信息公开工作年度报告");
    }
}
