package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.nianbao.core.NianbaoException;
import org.nianbao.core.json.CanonicalJson;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.usecase.CheckedReport;
import org.nianbao.core.usecase.ReportPipeline;
import org.nianbao.core.validation.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nianbao check}: reads reports, checks them, prints the findings. Directories are walked in name order
 * and streamed one file at a time, so thousands of reports take constant memory; a file that cannot be read is
 * reported and the rest are still checked.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "检查年度报告：找出算术、标签、缺项、文字与表格不符等问题。",
        footerHeading = "%n退出码：%n",
        footer = ExitCode.HELP_FOOTER)
final class CheckCommand implements Callable<Integer> {
    /** Files larger than this are refused before they are read: 200 MiB. */
    static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

    private static final Set<String> REPORT_EXTENSIONS =
            Set.of("txt", "text", "md", "pdf", "docx", "doc", "html", "htm");

    private final ReportPipeline pipeline;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "每份报告输出一行 JSON（JSON Lines）：{\"source\", \"report\", \"findings\"}")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "文件或目录", description = "年度报告文件，或包含报告文件的目录（递归）")
    List<Path> inputs = new ArrayList<>();

    private int checked;
    private int withErrors;
    private int unreadable;
    private int internalErrors;

    CheckCommand(ReportPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Integer call() {
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                walk(input);
            } else {
                checkFile(input);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!json && checked + unreadable + internalErrors > 1) {
            out.printf("共检查 %d 份报告：%d 份有错误，%d 个文件无法读取%n", checked, withErrors, unreadable + internalErrors);
        }
        out.flush();
        if (internalErrors > 0) {
            return ExitCode.INTERNAL_ERROR;
        }
        if (unreadable > 0) {
            return ExitCode.UNREADABLE_INPUT;
        }
        return withErrors > 0 ? ExitCode.ERROR_FINDINGS : ExitCode.OK;
    }

    private void walk(Path directory) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            unreadable(directory.toString(), "无法读取目录：" + e.getMessage());
            return;
        }
        entries.sort(null);
        for (Path entry : entries) {
            if (entry.getFileName().toString().startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(entry)) {
                walk(entry);
            } else if (isReportFile(entry)) {
                checkFile(entry);
            }
        }
    }

    private static boolean isReportFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".expected.json")) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && REPORT_EXTENSIONS.contains(name.substring(dot + 1));
    }

    private void checkFile(Path file) {
        String source = file.toString();
        byte[] content;
        try {
            if (!Files.isRegularFile(file)) {
                unreadable(source, source + "：文件不存在");
                return;
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                unreadable(source, String.format("%s：文件过大（%.0f MB，上限 %d MB）", source, size / 1048576.0,
                        MAX_FILE_BYTES / 1048576));
                return;
            }
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            unreadable(source, source + "：无法读取文件（" + e.getMessage() + "）");
            return;
        }
        CheckedReport result;
        try {
            result = pipeline.check(source, content);
        } catch (NianbaoException e) {
            unreadable(source, e.getMessage());
            return;
        } catch (RuntimeException | StackOverflowError e) {
            internalErrors++;
            report(source, source + "：内部错误（" + e + "），请把这个文件报告给 nianbao 的开发者");
            return;
        }
        checked++;
        if (result.hasErrors()) {
            withErrors++;
        }
        print(result);
    }

    private void unreadable(String source, String message) {
        unreadable++;
        report(source, message);
    }

    private void report(String source, String message) {
        if (json) {
            spec.commandLine().getOut().println(CanonicalJson.writeCheckError(source, message));
        }
        spec.commandLine().getErr().println(message);
        spec.commandLine().getErr().flush();
    }

    private void print(CheckedReport result) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(CanonicalJson.writeCheckResult(result.source(), result.report(), result.findings()));
            return;
        }
        AnnualReport report = result.report();
        out.printf("%s：%s %s (%s版格式)%n",
                result.source(),
                report.agency() == null ? "（未识别出机关名称）" : report.agency(),
                report.year() == null ? "（未识别出年度）" : report.year() + "年",
                report.formatVersion().key());
        if (result.findings().isEmpty()) {
            out.println("  未发现问题");
        }
        for (Finding finding : result.findings()) {
            out.printf("  %s %-24s %s%s%n",
                    finding.severity().label(),
                    finding.rule().id(),
                    finding.message(),
                    where(finding));
        }
    }

    /** Where a finding is, in the source's own terms: the page of a PDF, else the line. */
    private static String where(Finding finding) {
        if (finding.page() != null) {
            return "（第" + finding.page() + "页）";
        }
        return finding.line() == null ? "" : "（第" + finding.line() + "行）";
    }
}
