package org.nianbao.storage;

import org.nianbao.core.NianbaoException;

/** A write names a record that does not exist (a report to correct, a user, a parent agency). */
public final class MissingRecordException extends NianbaoException {
    private static final long serialVersionUID = 1L;

    public MissingRecordException(String message) {
        super(message);
    }
}
