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

    private ExitCode() {}
}
