package org.nianbao.storage;

import org.nianbao.core.NianbaoException;

/** A record could not be created because one with the same unique name exists (a user name, an agency name). */
public final class DuplicateRecordException extends NianbaoException {
    private static final long serialVersionUID = 1L;

    public DuplicateRecordException(String message, Throwable cause) {
        super(message, cause);
    }

    public DuplicateRecordException(String message) {
        super(message);
    }
}
