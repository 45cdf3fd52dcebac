package org.nianbao.core.recognition;

import org.nianbao.core.NianbaoException;

/** The document holds none of the parts of an annual report: no title, no section heading, no table. */
public final class NotAReportException extends NianbaoException {
    private static final long serialVersionUID = 1L;

    public NotAReportException(String message) {
        super(message);
    }
}
