package org.nianbao.core.library;

import org.nianbao.core.NianbaoException;

/** No stored report (or version) has the id asked for, or the user may not know it exists. */
public final class ReportNotFoundException extends NianbaoException {
    private static final long serialVersionUID = 1L;

    public ReportNotFoundException(long id) {
        super("报告 " + id + " 不存在，或您无权查看");
    }
}
