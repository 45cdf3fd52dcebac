package org.nianbao.web;

import java.time.Clock;
import java.util.function.BooleanSupplier;
import org.nianbao.core.account.AuditLog;
import org.nianbao.core.account.SessionRepository;
import org.nianbao.core.account.UserRepository;
import org.nianbao.core.library.AgencyRepository;
import org.nianbao.core.library.ReportLibrary;
import org.nianbao.core.usecase.CorrectReport;
import org.nianbao.core.usecase.CrossCheck;
import org.nianbao.core.usecase.ImportReport;
import org.nianbao.formats.ReportRenderers;

/**
 * What the routes work with, built once by {@link WebMain}: repositories and use cases as core interfaces.
 *
 * @param healthy whether the database answers
 * @param backup writes a consistent copy of the database to a zip file while it runs (H2; throws
 *     {@link UnsupportedOperationException} with the pg_dump advice for PostgreSQL)
 */
public record Services(
        ReportLibrary reports,
        AgencyRepository agencies,
        UserRepository users,
        SessionRepository sessions,
        AuditLog audit,
        ImportReport importReport,
        CorrectReport correctReport,
        CrossCheck crossCheck,
        ReportRenderers renderers,
        BooleanSupplier healthy,
        Backup backup,
        Clock clock) {

    /** An online backup of the database. */
    @FunctionalInterface
    public interface Backup {
        void to(java.nio.file.Path zipFile);
    }
}
