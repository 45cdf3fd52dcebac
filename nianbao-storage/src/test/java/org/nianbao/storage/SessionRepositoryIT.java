package org.nianbao.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nianbao.storage.Fixtures.T0;
import static org.nianbao.storage.Fixtures.audit;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nianbao.core.account.AuditEntry;
import org.nianbao.core.account.NewUser;
import org.nianbao.core.account.Role;
import org.nianbao.core.account.Session;
import org.nianbao.core.account.SessionRepository;
import org.nianbao.core.account.User;
import org.nianbao.storage.testing.OnEachDatabase;

class SessionRepositoryIT extends OnEachDatabase {
    private SessionRepository sessions;
    private User user;

    @BeforeEach
    void createUser() {
        sessions = database.sessions();
        user = database.users().create(new NewUser("admin", "管理员", Role.ADMIN, null), "hash",
                audit("user.create", "user"));
    }

    private static String hash(char c) {
        return String.valueOf(c).repeat(64);
    }

    private Session session(char c, Instant created, Duration lifetime) {
        Session session = new Session(hash(c), user.id(), "csrf-" + c, created, created.plus(lifetime));
        sessions.create(session);
        return session;
    }

    @Test
    void aSessionIsFoundUntilItExpires() {
        Session session = session('a', T0, Duration.ofHours(8));

        assertThat(sessions.find(hash('a'), T0)).contains(session);
        assertThat(sessions.find(hash('a'), T0.plus(Duration.ofHours(8)).minusNanos(1000))).contains(session);
        assertThat(sessions.find(hash('a'), T0.plus(Duration.ofHours(8)))).isEmpty();
        assertThat(sessions.find(hash('b'), T0)).isEmpty();
    }

    @Test
    void instantsAreKeptToTheMicrosecond() {
        Instant created = Instant.parse("2026-03-29T01:30:00.123456789Z");
        sessions.create(new Session(hash('a'), user.id(), "csrf", created, created.plusSeconds(60)));
        assertThat(sessions.find(hash('a'), created).orElseThrow().createdAt())
                .isEqualTo(Instant.parse("2026-03-29T01:30:00.123456Z"));
    }

    @Test
    void deletingALogoutAndTheExpired() {
        session('a', T0, Duration.ofMinutes(10));
        session('b', T0, Duration.ofMinutes(20));
        Session longer = session('c', T0, Duration.ofHours(8));
        session('d', T0, Duration.ofHours(8));

        sessions.delete(hash('d'));
        assertThat(sessions.find(hash('d'), T0)).isEmpty();
        assertThat(sessions.deleteExpired(T0.plus(Duration.ofMinutes(20)))).isEqualTo(2);
        assertThat(sessions.deleteExpired(T0.plus(Duration.ofMinutes(20)))).isZero();
        assertThat(sessions.find(hash('c'), T0)).contains(longer);
        assertThat(sessions.find(hash('a'), T0)).isEmpty();
    }

    @Test
    void apiTokensNameTheirUserAndAreAudited() {
        sessions.createApiToken(hash('e'), user.id(), "批量导入", audit("token.create", "api_token", 1));

        assertThat(sessions.apiTokenUser(hash('e'))).contains(user.id());
        assertThat(sessions.apiTokenUser(hash('f'))).isEmpty();
        assertThat(sessions.find(hash('e'), T0)).as("a token is not a session").isEmpty();
        assertThat(database.audit().recent(1)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("token.create");
            assertThat(entry.objectId()).isNotNull().doesNotContain(hash('e'));
        });

        assertThatThrownBy(() -> sessions.createApiToken(hash('e'), user.id(), "again", audit("token.create",
                "api_token"))).isInstanceOf(DuplicateRecordException.class);
        assertThatThrownBy(() -> sessions.createApiToken(hash('g'), user.id() + 100, "nobody",
                audit("token.create", "api_token"))).isInstanceOf(MissingRecordException.class);
        assertThat(database.audit().recent(100)).extracting(AuditEntry::action)
                .containsExactly("token.create", "user.create");
    }

    @Test
    void apiTokensAreListedWithoutTheSecretAndRevokedByTheirOwnerOnly() {
        sessions.createApiToken(hash('t'), user.id(), "脚本", audit("token.create", "api_token"));
        sessions.createApiToken(hash('u'), user.id(), "报表", audit("token.create", "api_token"));
        var tokens = sessions.apiTokens(user.id());
        assertThat(tokens).extracting(org.nianbao.core.account.ApiToken::name).containsExactly("脚本", "报表");

        assertThat(sessions.deleteApiToken(tokens.get(0).id(), user.id() + 1, audit("token.revoke", "api_token")))
                .isFalse();
        assertThat(sessions.apiTokenUser(hash('t'))).contains(user.id());
        assertThat(sessions.deleteApiToken(tokens.get(0).id(), user.id(), audit("token.revoke", "api_token")))
                .isTrue();
        assertThat(sessions.apiTokenUser(hash('t'))).isEmpty();
        assertThat(sessions.apiTokens(user.id())).hasSize(1);
        assertThat(database.audit().recent(10)).extracting(org.nianbao.core.account.AuditEntry::action)
                .containsOnlyOnce("token.revoke");
    }

    @Test
    void aDisabledUserIsKeptAndCanBeEnabledAgain() {
        database.users().setActive(user.id(), false, audit("user.disable", "user"));
        assertThat(database.users().find(user.id()).orElseThrow().active()).isFalse();
        database.users().setActive(user.id(), true, audit("user.enable", "user"));
        assertThat(database.users().find(user.id()).orElseThrow().active()).isTrue();
        assertThatThrownBy(() -> database.users().setActive(user.id() + 100, false, audit("user.disable", "user")))
                .isInstanceOf(MissingRecordException.class);
    }
}
