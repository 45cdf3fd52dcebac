package org.nianbao.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nianbao.core.NianbaoException;
import org.nianbao.core.json.CanonicalJson;
import org.nianbao.core.rendering.Annotation;
import org.nianbao.core.rendering.ReportLayout;
import org.nianbao.core.rendering.ReportRenderer;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.usecase.Annotations;
import org.nianbao.core.usecase.ReportPipeline;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.Validator;
import org.nianbao.formats.ReportRenderers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nianbao render}: draws a report in the official layout as DOCX, PDF, HTML, XLSX or Markdown. The input is
 * a report in the canonical JSON or any document {@code check} reads; {@code --annotate} draws the findings on
 * their cells (the reviewer's copy). The output is written to a temporary file and moved into place, so an
 * interrupted run never leaves half a file under the output name.
 */
@Command(
        name = "render",
        mixinStandardHelpOptions = true,
        description = "按官方格式输出年度报告：docx、pdf、html、xlsx 或 md；--annotate 在表格上标出问题（审核稿）。",
        footerHeading = "%n退出码：%n",
        footer = ExitCode.HELP_FOOTER)
final class RenderCommand implements Callable<Integer> {
    private final ReportPipeline pipeline;
    private final Validator validator;
    private final ReportRenderers renderers;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "输入", description = "年度报告（规范 JSON，或 PDF、Word、网页、文本）")
    Path input;

    @Option(names = "--to", required = true, paramLabel = "格式", description = "输出格式：docx、pdf、html、xlsx、md")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "文件", description = "输出文件（默认：输入文件名换成新扩展名，写在当前目录）")
    Path output;

    @Option(names = "--annotate", description = "在有问题的单元格上标注检查结果（审核稿）")
    boolean annotate;

    RenderCommand(ReportPipeline pipeline, Validator validator, ReportRenderers renderers) {
        this.pipeline = pipeline;
        this.validator = validator;
        this.renderers = renderers;
    }

    @Override
    public Integer call() {
        String name = format.toLowerCase(Locale.ROOT);
        ReportRenderer renderer = renderers.forFormat(name).orElse(null);
        if (renderer == null) {
            spec.commandLine().getErr().printf("nianbao render：不支持的输出格式“%s”，可选：%s%n", format,
                    String.join("、", renderers.formats()));
            return ExitCode.USAGE;
        }
        String source = input.toString();
        AnnualReport report;
        List<Finding> findings;
        try {
            if (!Files.isRegularFile(input)) {
                return unreadable(source + "：文件不存在");
            }
            if (Files.size(input) > CheckCommand.MAX_FILE_BYTES) {
                return unreadable(String.format("%s：文件过大（上限 %d MB）", source, CheckCommand.MAX_FILE_BYTES / 1048576));
            }
            byte[] content = Files.readAllBytes(input);
            if (isJson(content)) {
                report = CanonicalJson.read(new String(content, StandardCharsets.UTF_8));
                findings = annotate ? validator.validate(report) : List.of();
            } else {
                var checked = pipeline.check(source, content);
                report = checked.report();
                findings = checked.findings();
            }
        } catch (IOException e) {
            return unreadable(source + "：无法读取文件（" + e.getMessage() + "）");
        } catch (NianbaoException e) {
            return unreadable(e.getMessage());
        }
        List<Annotation> annotations = annotate ? Annotations.of(findings) : List.of();
        byte[] rendered = renderer.render(ReportLayout.of(report), annotations);
        Path target = output != null ? output : Path.of(stem(input.getFileName().toString()) + "." + name);
        try {
            Path absolute = target.toAbsolutePath();
            Path temporary = Files.createTempFile(absolute.getParent(), ".nianbao-", ".part");
            try {
                Files.write(temporary, rendered);
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println(target + "：无法写入（" + e.getMessage() + "）");
            return ExitCode.UNREADABLE_INPUT;
        }
        spec.commandLine().getOut().printf("%s → %s（%s%s）%n", source, target, name,
                annotate ? "，标注 " + annotations.size() + " 处问题" : "");
        return ExitCode.OK;
    }

    private int unreadable(String message) {
        spec.commandLine().getErr().println(message);
        return ExitCode.UNREADABLE_INPUT;
    }

    /** A canonical report JSON starts with an object (after any whitespace or BOM). */
    private static boolean isJson(byte[] content) {
        for (byte b : content) {
            if (b == '{') {
                return true;
            }
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB
                    && (b & 0xFF) != 0xBF) {
                return false;
            }
        }
        return false;
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
