package org.nianbao.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nianbao.storage.Fixtures.T0;
import static org.nianbao.storage.Fixtures.agency;
import static org.nianbao.storage.Fixtures.audit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nianbao.core.account.NewUser;
import org.nianbao.core.account.Role;
import org.nianbao.core.account.User;
import org.nianbao.core.account.UserRepository;
import org.nianbao.core.library.Agency;
import org.nianbao.storage.testing.OnEachDatabase;

class UserRepositoryIT extends OnEachDatabase {
    private static final String ARGON = "$argon2id$v=19$m=65536,t=3,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";

    private UserRepository users;
    private Agency agency;

    @BeforeEach
    void createAgency() {
        users = database.users();
        agency = database.agencies().create(agency("某县人民政府"), audit("agency.create", "agency"));
    }

    @Test
    void createdUsersAreFoundWithTheirPasswordHash() {
        User admin = users.create(new NewUser("admin", "管理员", Role.ADMIN, null), ARGON, audit("user.create", "user", 1));
        User clerk = users.create(new NewUser("li.si@county", "李四", Role.CLERK, agency.id()), "$2a$10$bcrypt",
                audit("user.create", "user", 2));

        assertThat(admin).isEqualTo(new User(admin.id(), "admin", "管理员", Role.ADMIN, null, true, T0.plusSeconds(60)));
        assertThat(clerk.agencyId()).isEqualTo(agency.id());
        assertThat(users.find(admin.id())).contains(admin);
        assertThat(users.findByUsername("li.si@county")).contains(clerk);
        assertThat(users.findByUsername("Admin")).as("user names are exact").isEmpty();
        assertThat(users.find(clerk.id() + 100)).isEmpty();
        assertThat(users.passwordHash(admin.id())).contains(ARGON);
        assertThat(users.passwordHash(clerk.id())).contains("$2a$10$bcrypt");
        assertThat(users.passwordHash(clerk.id() + 100)).isEmpty();
        assertThat(users.count()).isEqualTo(2);
        assertThat(users.all()).containsExactly(admin, clerk);
        assertThat(admin.toString()).doesNotContain("argon");
    }

    @Test
    void aPasswordChangeReplacesTheHash() {
        User reviewer = users.create(new NewUser("reviewer", "王五", Role.REVIEWER, agency.id()), "old",
                audit("user.create", "user"));
        users.changePassword(reviewer.id(), "new", audit("user.password", "user"));
        assertThat(users.passwordHash(reviewer.id())).contains("new");
        assertThatThrownBy(() -> users.changePassword(reviewer.id() + 100, "x", audit("user.password", "user")))
                .isInstanceOf(MissingRecordException.class)
                .hasMessageContaining("用户不存在");
    }

    @Test
    void aTakenUserNameIsRefusedWithAClearMessage() {
        User first = users.create(new NewUser("clerk1", "张三", Role.CLERK, agency.id()), "hash",
                audit("user.create", "user"));
        assertThatThrownBy(() -> users.create(new NewUser("clerk1", "李四", Role.ADMIN, null), "other",
                audit("user.create", "user")))
                .isInstanceOf(DuplicateRecordException.class)
                .isInstanceOf(org.nianbao.core.NianbaoException.class)
                .hasMessage("用户名「clerk1」已被使用，请换一个");
        assertThat(users.all()).containsExactly(first);
        assertThat(users.passwordHash(first.id())).contains("hash");
    }

    @Test
    void aUserOfAMissingAgencyIsRefused() {
        assertThatThrownBy(() -> users.create(new NewUser("clerk2", "赵六", Role.CLERK, agency.id() + 100), "hash",
                audit("user.create", "user")))
                .isInstanceOf(MissingRecordException.class)
                .hasMessageContaining("单位不存在");
        assertThat(users.count()).isZero();
    }
}
