package org.nianbao.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nianbao.storage.Fixtures.T0;
import static org.nianbao.storage.Fixtures.agency;
import static org.nianbao.storage.Fixtures.audit;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.core.account.AuditEntry;
import org.nianbao.core.account.NewUser;
import org.nianbao.core.account.Role;
import org.nianbao.core.account.User;
import org.nianbao.core.library.Agency;
import org.nianbao.core.library.ReportQuery;
import org.nianbao.core.library.StoredReport;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.storage.testing.OnEachDatabase;
import org.nianbao.testkit.Reports;

/** Every write goes into the audit log in its own transaction: both or neither. */
class AuditIT extends OnEachDatabase {

    /** An entry the database refuses (its user name is required), to make the write fail after the change. */
    private static AuditEntry refused(String action, String objectType) {
        return new AuditEntry(T0, null, nullName(), action, objectType, null, null, null);
    }

    private static String nullName() {
        return null;
    }

    @Test
    void eachChangeIsAuditedWithTheNewObjectsId() {
        Agency agency = database.agencies().create(agency("某县人民政府"), audit("agency.create", "agency", 1));
        User user = database.users().create(new NewUser("clerk1", "张三", Role.CLERK, agency.id()), "hash-1",
                audit("user.create", "user", 2));
        database.users().changePassword(user.id(), "hash-2", audit("user.password", "user", 3));
        database.sessions().createApiToken("ab".repeat(32), user.id(), "导入脚本", audit("token.create", "api_token", 4));
        AnnualReport report = Reports.balanced2021(1);
        StoredReport stored = database.reports().store(Fixtures.upload(agency.id(), report, List.of(), List.of()),
                new AuditEntry(T0.plusSeconds(300), user.id(), "clerk1", "report.upload", "report", null, null,
                        "{\"year\":2021}"));
        database.reports().correct(stored.id(), report, List.of(), "clerk1", "更正",
                new AuditEntry(T0.plusSeconds(360), user.id(), "clerk1", "report.correct", "report", "given-id",
                        "{\"v\":1}", "{\"v\":2}"));
        database.audit().record(new AuditEntry(T0.plusSeconds(420), user.id(), "clerk1", "login.success", "user",
                Long.toString(user.id()), null, null));

        List<AuditEntry> recent = database.audit().recent(100);
        assertThat(recent).extracting(AuditEntry::action).containsExactly("login.success", "report.correct",
                "report.upload", "token.create", "user.password", "user.create", "agency.create");
        assertThat(recent).extracting(AuditEntry::objectId).doesNotContainNull();
        assertThat(recent.get(6).objectId()).isEqualTo(Long.toString(agency.id()));
        assertThat(recent.get(5).objectId()).isEqualTo(Long.toString(user.id()));
        assertThat(recent.get(4).objectId()).isEqualTo(Long.toString(user.id()));
        assertThat(recent.get(3).objectId()).as("the token's id, never its hash").doesNotContain("abab");
        assertThat(recent.get(2)).isEqualTo(new AuditEntry(T0.plusSeconds(300), user.id(), "clerk1", "report.upload",
                "report", Long.toString(stored.id()), null, "{\"year\":2021}"));
        assertThat(recent.get(1).objectId()).as("an object id given is kept").isEqualTo("given-id");
        assertThat(recent.get(1).before()).isEqualTo("{\"v\":1}");
        assertThat(database.audit().recent(2)).extracting(AuditEntry::action)
                .containsExactly("login.success", "report.correct");

        assertThat(database.audit().about("user", Long.toString(user.id()))).extracting(AuditEntry::action)
                .containsExactly("user.create", "user.password", "login.success");
        assertThat(database.audit().about("report", Long.toString(stored.id()))).extracting(AuditEntry::action)
                .containsExactly("report.upload");
        assertThat(database.audit().about("report", "nothing")).isEmpty();
    }

    @Test
    void entriesOfTheSameInstantKeepTheirOrder() {
        for (int i = 0; i < 5; i++) {
            database.audit().record(new AuditEntry(T0, null, "system", "step." + i, "system", null, null, null));
        }
        assertThat(database.audit().recent(5)).extracting(AuditEntry::action)
                .containsExactly("step.4", "step.3", "step.2", "step.1", "step.0");
        assertThatThrownBy(() -> database.audit().recent(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailedAuditEntryUndoesTheChange() {
        Agency agency = database.agencies().create(agency("某县人民政府"), audit("agency.create", "agency"));
        AnnualReport report = Reports.balanced2021(3);

        assertThatThrownBy(() -> database.reports().store(Fixtures.upload(agency.id(), report, List.of(), List.of()),
                refused("report.upload", "report"))).isNotNull();
        assertThat(database.reports().count(ReportQuery.all())).isZero();
        assertThat(database.reports().ofYear(report.year())).isEmpty();

        StoredReport stored = database.reports().store(Fixtures.upload(agency.id(), report, List.of(), List.of()),
                audit("report.upload", "report"));
        assertThatThrownBy(() -> database.reports().correct(stored.id(), Reports.balanced2021(5), List.of(), "clerk1",
                "更正", refused("report.correct", "report"))).isNotNull();
        assertThat(database.reports().versions(stored.id())).hasSize(1);
        assertThat(database.reports().find(stored.id())).contains(stored);

        assertThatThrownBy(() -> database.agencies().create(agency("某镇人民政府"), refused("agency.create", "agency")))
                .isNotNull();
        assertThat(database.agencies().findByName("某镇人民政府")).isEmpty();

        assertThatThrownBy(() -> database.users().create(new NewUser("admin", "管理员", Role.ADMIN, null), "hash",
                refused("user.create", "user"))).isNotNull();
        assertThat(database.users().findByUsername("admin")).isEmpty();
        assertThat(database.users().count()).isZero();

        assertThat(database.audit().recent(100)).extracting(AuditEntry::action)
                .containsExactly("report.upload", "agency.create");
    }

    @Test
    void aFailedChangeWritesNoAuditEntry() {
        Agency agency = database.agencies().create(agency("某县人民政府"), audit("agency.create", "agency"));
        database.users().create(new NewUser("clerk1", "张三", Role.CLERK, agency.id()), "hash",
                audit("user.create", "user"));

        assertThatThrownBy(() -> database.users().create(new NewUser("clerk1", "李四", Role.CLERK, agency.id()),
                "hash", audit("user.create", "user"))).isInstanceOf(DuplicateRecordException.class);
        assertThatThrownBy(() -> database.agencies().create(agency("某县人民政府"), audit("agency.create", "agency")))
                .isInstanceOf(DuplicateRecordException.class);
        assertThatThrownBy(() -> database.reports().store(Fixtures.upload(agency.id() + 99, Reports.balanced2021(1),
                List.of(), List.of()), audit("report.upload", "report"))).isInstanceOf(MissingRecordException.class);
        assertThatThrownBy(() -> database.users().changePassword(12345, "hash", audit("user.password", "user")))
                .isInstanceOf(MissingRecordException.class);

        assertThat(database.audit().recent(100)).extracting(AuditEntry::action)
                .containsExactly("user.create", "agency.create");
    }
}
