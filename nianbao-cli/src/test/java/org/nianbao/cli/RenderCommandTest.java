package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.core.json.CanonicalJson;
import org.nianbao.core.recognition.ReportRecognizer;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.usecase.ReportPipeline;
import org.nianbao.core.validation.Validator;
import org.nianbao.formats.DocumentReaders;
import org.nianbao.testkit.Corpus;

class RenderCommandTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CliMain.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private static Path seed002() {
        return Corpus.dir().resolve("seeds/002_9375a95e759e8e3f.txt");
    }

    @Test
    void anUnknownFormatIsAUsageErrorListingTheFormats() {
        int exit = run("render", seed002().toString(), "--to", "odt", "-o", temp.resolve("x.odt").toString());

        assertThat(exit).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("不支持的输出格式“odt”");
        assertThat(temp.resolve("x.odt")).doesNotExist();
    }

    @Test
    void aMissingInputIsReportedAsUnreadable() {
        int exit = run("render", temp.resolve("none.pdf").toString(), "--to", "html");

        assertThat(exit).isEqualTo(ExitCode.UNREADABLE_INPUT);
        assertThat(err.toString()).contains("none.pdf：文件不存在");
    }

    @Test
    void aReportInCanonicalJsonIsRenderedAndItsTablesReadBack() throws IOException {
        AnnualReport report = new ReportPipeline(DocumentReaders.standard(), new ReportRecognizer(),
                Validator.standard()).check("002", Files.readAllBytes(seed002())).report();
        Path json = temp.resolve("002.json");
        Files.writeString(json, CanonicalJson.write(report), StandardCharsets.UTF_8);
        Path html = temp.resolve("out.html");

        int exit = run("render", json.toString(), "--to", "html", "-o", html.toString());

        assertThat(exit).isEqualTo(ExitCode.OK);
        AnnualReport back = new ReportPipeline(DocumentReaders.standard(), new ReportRecognizer(),
                Validator.standard()).check("out.html", Files.readAllBytes(html)).report();
        assertThat(back.applications()).isEqualTo(report.applications());
        assertThat(back.reviewLitigation()).isEqualTo(report.reviewLitigation());
        assertThat(temp).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void anAnnotatedCopyMarksTheWrongTotals() throws IOException {
        Path html = temp.resolve("annotated.html");

        int exit = run("render", seed002().toString(), "--to", "html", "--annotate", "-o", html.toString());

        assertThat(exit).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("标注");
        assertThat(Files.readString(html)).contains("（七）总计·自然人 为 48，但各办理结果之和为 45");
    }
}
