package org.nianbao.cli;

/** The documented exit codes of {@code nianbao}. */
public final class ExitCode {
    /** Done; no error-severity finding. */
    public static final int OK = 0;
    /** Done; at least one report has error-severity findings (so scripts and CI can fail). */
    public static final int ERROR_FINDINGS = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** At least one input could not be read or is not a report; the others were still checked. */
    public static final int UNREADABLE_INPUT = 3;
    /** A bug in nianbao. */
    public static final int INTERNAL_ERROR = 4;

    /** The exit codes as the help of every command lists them (picocli expands %n). */
    static final String HELP_FOOTER = "  0  完成，没有“错误”级问题%n"
            + "  1  完成，至少一份报告有“错误”级问题%n"
            + "  2  命令行用法错误%n"
            + "  3  至少一个文件无法读取或不是年度报告（其余文件照常检查）%n"
            + "  4  程序内部错误";

    private ExitCode() {}
}
