package org.nianbao.cli;

import picocli.CommandLine.Command;

/** The top-level command; it only lists the subcommands. */
@Command(
        name = "nianbao",
        mixinStandardHelpOptions = true,
        versionProvider = NianbaoCommand.Version.class,
        description = "政府信息公开工作年度报告：读取、检查、按官方格式输出。",
        subcommands = {CheckCommand.class, RenderCommand.class},
        footerHeading = "%n退出码：%n",
        footer = ExitCode.HELP_FOOTER)
final class NianbaoCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = NianbaoCommand.class.getPackage().getImplementationVersion();
            return new String[] {"nianbao " + (version == null ? "dev" : version)};
        }
    }
}
