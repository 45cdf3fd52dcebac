package org.nianbao.core;

/**
 * The root of the exceptions nianbao throws when it cannot continue: an unreadable or unsupported input, a
 * missing record. Problems inside a report that can be read are findings, never exceptions. The message says
 * what went wrong, where, and what to do, in Chinese, because it reaches the user as it is.
 */
public abstract class NianbaoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected NianbaoException(String message) {
        super(message);
    }

    protected NianbaoException(String message, Throwable cause) {
        super(message, cause);
    }
}
