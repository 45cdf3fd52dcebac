package org.nianbao.core.document;

import org.nianbao.core.NianbaoException;

/** The input cannot be read: empty, binary, corrupt, too large, encrypted or not a report at all. */
public final class UnreadableDocumentException extends NianbaoException {
    private static final long serialVersionUID = 1L;

    public UnreadableDocumentException(String message) {
        super(message);
    }

    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
