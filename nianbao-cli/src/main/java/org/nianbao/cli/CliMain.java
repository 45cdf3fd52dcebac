package org.nianbao.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.nianbao.core.recognition.ReportRecognizer;
import org.nianbao.core.usecase.ReportPipeline;
import org.nianbao.core.validation.Validator;
import org.nianbao.formats.DocumentReaders;
import org.nianbao.formats.ReportRenderers;
import picocli.CommandLine;

/** The composition root of the command line: builds the pipeline and runs the command. */
public final class CliMain {
    private CliMain() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(commandLine(out, err).execute(args));
    }

    /** The command line with every subcommand wired, writing to the given streams. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        ReportPipeline pipeline =
                new ReportPipeline(DocumentReaders.standard(), new ReportRecognizer(), Validator.standard());
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == CheckCommand.class) {
                    return type.cast(new CheckCommand(pipeline));
                }
                if (type == RenderCommand.class) {
                    return type.cast(new RenderCommand(pipeline, Validator.standard(), ReportRenderers.standard()));
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
        CommandLine commandLine = new CommandLine(new NianbaoCommand(), factory);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println("nianbao：内部错误（" + exception + "），请报告给 nianbao 的开发者");
            return ExitCode.INTERNAL_ERROR;
        });
        return commandLine;
    }
}
