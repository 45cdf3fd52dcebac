package org.nianbao.core.document;

import org.nianbao.core.NianbaoException;

/** The input is in a format nianbao does not read (yet). */
public final class UnsupportedFormatException extends NianbaoException {
    private static final long serialVersionUID = 1L;

    public UnsupportedFormatException(String message) {
        super(message);
    }
}
