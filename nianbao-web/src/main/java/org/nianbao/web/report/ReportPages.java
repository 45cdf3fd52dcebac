package org.nianbao.web.report;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.library.Agency;
import org.nianbao.core.library.ReportSummary;
import org.nianbao.core.library.ReportVersion;
import org.nianbao.core.library.StoredReport;
import org.nianbao.core.validation.RuleId;
import org.nianbao.web.Page;

/** The view models of the report pages, one record per template. */
public final class ReportPages {
    private ReportPages() {}

    public record Library(
            Page page, Filters filters, List<ReportSummary> reports, long total, List<Agency> regions,
            List<RuleId> rules, @Nullable String previous, @Nullable String next) {}

    public record Show(
            Page page,
            StoredReport report,
            ReportVersion shown,
            List<ReportViews.PartView> parts,
            List<ReportViews.FindingView> findings,
            List<ReportVersion> versions,
            String prefillCell,
            List<String> formats,
            boolean current) {}

    public record UploadForm(Page page, List<Uploads.Result> results, long maxMegabytes, int maxFiles) {}

    /** One side of a comparison: a year and, if stored, that year's report drawn with its findings. */
    public record Side(
            int year, @Nullable StoredReport report, List<ReportViews.PartView> parts,
            List<ReportViews.FindingView> findings) {}

    public record Compare(
            Page page, List<Agency> agencies, @Nullable Agency agency, List<Integer> years, @Nullable Side left,
            @Nullable Side right) {}
}
