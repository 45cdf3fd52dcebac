package org.nianbao.core.account;

import org.nianbao.core.NianbaoException;

/** The user may not see or change what they asked for. The message says what, in Chinese. */
public final class AccessDeniedException extends NianbaoException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
