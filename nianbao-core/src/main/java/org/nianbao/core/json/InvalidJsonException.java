package org.nianbao.core.json;

import org.nianbao.core.NianbaoException;

/** A JSON document that is not valid JSON or not a valid {@code nianbao.report/1} report. */
public final class InvalidJsonException extends NianbaoException {
    private static final long serialVersionUID = 1L;

    public InvalidJsonException(String message) {
        super(message);
    }

    public InvalidJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
