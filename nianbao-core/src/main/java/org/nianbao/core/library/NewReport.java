package org.nianbao.core.library;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.validation.Finding;

/** A checked upload to store as version 1 of a new report. */
public record NewReport(
        long agencyId,
        @Nullable Integer year,
        SourceFile source,
        byte[] content,
        AnnualReport report,
        List<Finding> findings,
        List<Finding> crossFindings,
        String createdBy) {

    public NewReport {
        findings = List.copyOf(findings);
        crossFindings = List.copyOf(crossFindings);
    }
}
