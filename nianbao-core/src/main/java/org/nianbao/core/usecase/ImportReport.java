package org.nianbao.core.usecase;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.nianbao.core.account.AccessDeniedException;
import org.nianbao.core.account.AuditEntry;
import org.nianbao.core.account.Role;
import org.nianbao.core.account.User;
import org.nianbao.core.document.ExtractedDocument;
import org.nianbao.core.library.Agency;
import org.nianbao.core.library.AgencyLevel;
import org.nianbao.core.library.AgencyRepository;
import org.nianbao.core.library.NewAgency;
import org.nianbao.core.library.NewReport;
import org.nianbao.core.library.ReportLibrary;
import org.nianbao.core.library.SourceFile;
import org.nianbao.core.library.StoredReport;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.validation.Finding;

/**
 * Reads, checks and stores one uploaded report (the web upload and the API use it):
 * pipeline → agency → cross-report rules against the stored neighbours → one transaction with its audit entry →
 * the neighbours checked again. Thread-safe.
 *
 * <p>Which agency a report belongs to: a clerk's report is always their own agency's. Otherwise the agency named in
 * the title is looked up by name and created (below the uploader's agency, level guessed from the name) when it is
 * new; a reviewer may only store reports of agencies in their scope. A report whose title names no agency goes to
 * the uploader's agency, or to 「未识别单位」.
 */
public final class ImportReport {
    /** Where reports without a recognisable agency go when the uploader has no agency of their own. */
    public static final String UNKNOWN_AGENCY = "未识别单位";

    private final ReportPipeline pipeline;
    private final ReportLibrary library;
    private final AgencyRepository agencies;
    private final CrossCheck crossCheck;
    private final Clock clock;

    public ImportReport(
            ReportPipeline pipeline, ReportLibrary library, AgencyRepository agencies, CrossCheck crossCheck,
            Clock clock) {
        this.pipeline = pipeline;
        this.library = library;
        this.agencies = agencies;
        this.crossCheck = crossCheck;
        this.clock = clock;
    }

    /**
     * @throws org.nianbao.core.NianbaoException when the file cannot be read or is not a report
     * @throws AccessDeniedException when the report's agency is outside the user's scope
     */
    public StoredReport run(Upload upload, User user, Scope scope) {
        ExtractedDocument document = pipeline.read(upload.name(), upload.content());
        CheckedReport checked = pipeline.check(document);
        AnnualReport report = checked.report();
        Agency agency = agencyFor(report, user, scope);
        scope.require(agency.id(), "上传");
        List<Finding> cross = crossCheck.check(report, agency.id(), report.year(), null);
        SourceFile source = new SourceFile(upload.name(), upload.content().length, sha256(upload.content()),
                document.format().name().toLowerCase(Locale.ROOT));
        NewReport newReport = new NewReport(agency.id(), report.year(), source, upload.content(), report,
                checked.findings(), cross, user.username());
        AuditEntry audit = new AuditEntry(clock.instant(), user.id(), user.username(), "report.upload", "report",
                null, null, describe(source, agency, report));
        StoredReport stored = library.store(newReport, audit);
        crossCheck.recheckNeighbours(stored);
        return stored;
    }

    private Agency agencyFor(AnnualReport report, User user, Scope scope) {
        Long own = user.agencyId();
        if (user.role() == Role.CLERK && own != null) {
            return agencies.find(own).orElseThrow(() -> new AccessDeniedException("您所属的单位不存在，请联系管理员"));
        }
        String name = report.agency();
        if (name == null || name.isBlank()) {
            if (own != null) {
                return agencies.find(own).orElseThrow(() -> new AccessDeniedException("您所属的单位不存在，请联系管理员"));
            }
            name = UNKNOWN_AGENCY;
        }
        String agencyName = name;
        return agencies.findByName(agencyName).orElseGet(() -> agencies.create(
                new NewAgency(null, agencyName, AgencyLevel.guess(agencyName), own),
                new AuditEntry(clock.instant(), user.id(), user.username(), "agency.create", "agency", null, null,
                        agencyName)));
    }

    private static String describe(SourceFile source, Agency agency, AnnualReport report) {
        return source.name() + "（" + source.size() + " 字节，sha256 " + source.sha256() + "）→ " + agency.name() + " "
                + (report.year() == null ? "年度未识别" : report.year() + "年");
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
