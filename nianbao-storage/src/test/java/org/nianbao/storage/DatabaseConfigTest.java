package org.nianbao.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseConfigTest {
    private static final Path DATA = Path.of("/var/lib/nianbao");

    @Test
    void h2IsAnEmbeddedFileInTheDataDirectoryInPostgresqlModeWithCommitsWrittenAtOnceAndClosedByUs() {
        DatabaseConfig config = DatabaseConfig.h2(DATA);
        assertThat(config.url()).isEqualTo("jdbc:h2:file:/var/lib/nianbao/nianbao;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(config.isH2()).isTrue();
        assertThat(config.user()).isEqualTo("nianbao");
        assertThat(config.password()).isEmpty();
        assertThat(DatabaseConfig.h2(Path.of("relative")).url())
                .startsWith("jdbc:h2:file:" + Path.of("relative").toAbsolutePath() + "/nianbao;");
        assertThatThrownBy(() -> DatabaseConfig.h2(Path.of("/tmp/a;b"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theEnvironmentSelectsPostgresql() {
        DatabaseConfig config = DatabaseConfig.fromEnvironment(Map.of(
                "NIANBAO_DB_URL", " jdbc:postgresql://db:5432/nianbao ",
                "NIANBAO_DB_USER", "nianbao",
                "NIANBAO_DB_PASSWORD", "s3cret!"), DATA);
        assertThat(config).isEqualTo(new DatabaseConfig("jdbc:postgresql://db:5432/nianbao", "nianbao", "s3cret!"));
        assertThat(config.isH2()).isFalse();
        assertThat(DatabaseConfig.fromEnvironment(Map.of("NIANBAO_DB_URL", "jdbc:postgresql://db/nianbao"), DATA))
                .isEqualTo(new DatabaseConfig("jdbc:postgresql://db/nianbao", "", ""));
    }

    @Test
    void withoutAUrlTheEmbeddedH2() {
        assertThat(DatabaseConfig.fromEnvironment(Map.of(), DATA)).isEqualTo(DatabaseConfig.h2(DATA));
        assertThat(DatabaseConfig.fromEnvironment(Map.of("NIANBAO_DB_URL", " ", "NIANBAO_DB_USER", "x"), DATA))
                .isEqualTo(DatabaseConfig.h2(DATA));
    }

    @Test
    void aUrlThatIsNotJdbcIsRefused() {
        assertThatThrownBy(() -> DatabaseConfig.fromEnvironment(Map.of("NIANBAO_DB_URL", "postgres://db/x"), DATA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JDBC");
    }

    @Test
    void thePasswordIsNeverShown() {
        DatabaseConfig config = new DatabaseConfig(
                "jdbc:postgresql://db/nianbao?user=nianbao&password=inUrl&ssl=true", "nianbao", "s3cret!");
        assertThat(config.toString()).doesNotContain("s3cret!").doesNotContain("inUrl").contains("******")
                .contains("jdbc:postgresql://db/nianbao?user=nianbao&password=******&ssl=true");
        assertThat(config.safeUrl()).isEqualTo("jdbc:postgresql://db/nianbao?user=nianbao&password=******&ssl=true");
        assertThat(new DatabaseConfig("jdbc:h2:mem:x", "sa", "").toString()).endsWith("password=]");
    }

    @Test
    void anUnreachableDatabaseIsNamedWithoutItsPassword() {
        DatabaseConfig config = new DatabaseConfig(
                "jdbc:postgresql://127.0.0.1:1/nianbao?connectTimeout=2&password=inUrl", "nianbao", "s3cret!");
        assertThatThrownBy(() -> Database.open(config))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("无法连接数据库 jdbc:postgresql://127.0.0.1:1/nianbao?connectTimeout=2&password=******")
                .message().doesNotContain("s3cret!").doesNotContain("inUrl");
    }
}
