package org.nianbao.formats.pdf;

import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;

/**
 * openhtmltopdf's logging, made quiet: it reports every render at INFO through its own console handler («Using
 * fast-mode renderer. Prepare to fly.»); warnings and errors go to the platform logger ({@link System.Logger},
 * which an application may bridge to its own), the rest is dropped. openhtmltopdf has one logger for the whole
 * JVM; {@link #install()} sets it once, when the PDF renderer is first used.
 */
final class QuietXRLogger implements XRLogger {
    private static final System.Logger LOG = System.getLogger("org.nianbao.formats.pdf.openhtmltopdf");

    private QuietXRLogger() {}

    /** Installs the quiet logger (idempotent). */
    static void install() {
        Holder.INSTALLED.hashCode();
    }

    /** Installs on class initialization, which the JVM runs exactly once. */
    private static final class Holder {
        static final Object INSTALLED = new Object();

        static {
            XRLog.setLoggerImpl(new QuietXRLogger());
        }
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        if (level.intValue() >= Level.WARNING.intValue()) {
            LOG.log(level.intValue() >= Level.SEVERE.intValue() ? System.Logger.Level.ERROR
                    : System.Logger.Level.WARNING, where + ": " + message, error);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // the level is fixed: warnings and worse
    }

    @Override
    public boolean isLogLevelEnabled(com.openhtmltopdf.util.Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
    }
}
