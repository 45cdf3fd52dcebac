package org.nianbao.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.nianbao.core.account.AuditEntry;
import org.nianbao.core.account.NewUser;
import org.nianbao.core.account.Role;
import org.nianbao.core.recognition.ReportRecognizer;
import org.nianbao.core.usecase.CorrectReport;
import org.nianbao.core.usecase.CrossCheck;
import org.nianbao.core.usecase.ImportReport;
import org.nianbao.core.usecase.ReportPipeline;
import org.nianbao.core.validation.CrossReportRules;
import org.nianbao.core.validation.Validator;
import org.nianbao.formats.DocumentReaders;
import org.nianbao.formats.ReportRenderers;
import org.nianbao.storage.Database;
import org.nianbao.storage.DatabaseConfig;
import org.nianbao.web.auth.Passwords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the web application (the only class naming the storage implementation):
 * <pre>
 *   serve  [--port 8080] [--data ./data]      start the server
 *   backup [--data ./data] --output FILE.zip   a consistent copy of the embedded database, while it runs or not
 * </pre>
 * {@code NIANBAO_ADMIN_PASSWORD} sets the first admin's password on first start; without it a one-time password is
 * generated and logged once. {@code NIANBAO_DB_URL}, {@code NIANBAO_DB_USER}, {@code NIANBAO_DB_PASSWORD} select
 * PostgreSQL instead of the embedded H2 database.
 */
public final class WebMain {
    private static final Logger LOG = LoggerFactory.getLogger(WebMain.class);

    private WebMain() {}

    public static void main(String[] args) {
        Deque<String> arguments = new ArrayDeque<>(List.of(args));
        String command = arguments.isEmpty() ? "serve" : arguments.removeFirst();
        int port = 8080;
        Path data = Path.of("data");
        Path output = null;
        try {
            while (!arguments.isEmpty()) {
                String option = arguments.removeFirst();
                switch (option) {
                    case "--port" -> port = Integer.parseInt(value(arguments, option));
                    case "--data" -> data = Path.of(value(arguments, option));
                    case "--output", "-o" -> output = Path.of(value(arguments, option));
                    default -> throw new IllegalArgumentException("未知的选项：" + option);
                }
            }
        } catch (IllegalArgumentException e) {
            LOG.error("{}（用法：nianbao serve [--port 8080] [--data ./data] | nianbao backup [--data ./data]"
                    + " --output 备份.zip）", e.getMessage());
            System.exit(2);
        }
        switch (command) {
            case "serve" -> serve(port, data);
            case "backup" -> backup(data, output);
            default -> {
                LOG.error("未知的命令：{}（serve 或 backup）", command);
                System.exit(2);
            }
        }
    }

    private static void serve(int port, Path data) {
        try {
            Files.createDirectories(data);
        } catch (java.io.IOException e) {
            LOG.error("无法创建数据目录 {}：{}", data.toAbsolutePath(), e.getMessage());
            System.exit(3);
        }
        Clock clock = Clock.systemUTC();
        Database database = Database.open(DatabaseConfig.fromEnvironment(System.getenv(), data));
        WebConfig config = WebConfig.defaults(port, data, System.getenv("NIANBAO_ADMIN_PASSWORD"));
        Services services = services(database, clock);
        createFirstAdmin(services, config, clock);
        WebServer server = new WebServer(config, services).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            database.close();
        }, "shutdown"));
    }

    /** Wires the use cases over a database; tests use it to start the same server on H2 or PostgreSQL. */
    public static Services services(Database database, Clock clock) {
        ReportPipeline pipeline = new ReportPipeline(DocumentReaders.standard(), new ReportRecognizer(),
                Validator.standard());
        CrossCheck crossCheck = new CrossCheck(CrossReportRules.standard(), database.reports());
        return new Services(database.reports(), database.agencies(), database.users(), database.sessions(),
                database.audit(), new ImportReport(pipeline, database.reports(), database.agencies(), crossCheck, clock),
                new CorrectReport(pipeline, database.reports(), crossCheck, clock), crossCheck,
                ReportRenderers.standard(), database::healthy, database::backup, clock);
    }


    /** On first start (no user at all): the admin, with the configured or a generated password. */
    public static void createFirstAdmin(Services services, WebConfig config, Clock clock) {
        if (services.users().count() > 0) {
            return;
        }
        String password = config.adminPassword();
        boolean generated = password == null || password.isBlank();
        if (generated) {
            password = Passwords.generate();
        }
        services.users().create(new NewUser("admin", "管理员", Role.ADMIN, null), Passwords.hash(password),
                new AuditEntry(clock.instant(), null, "system", "user.create", "user", null, null, "首次启动创建管理员"));
        if (generated) {
            LOG.warn("首次启动：已创建管理员 admin，一次性密码 {} ——请登录后立即修改（此密码不会再次显示）", password);
        } else {
            LOG.info("首次启动：已创建管理员 admin（密码取自 NIANBAO_ADMIN_PASSWORD）");
        }
    }

    private static void backup(Path data, Path output) {
        if (output == null) {
            LOG.error("请用 --output 指定备份文件，例如 nianbao backup --output nianbao-备份.zip");
            System.exit(2);
        }
        try (Database database = Database.open(DatabaseConfig.fromEnvironment(System.getenv(), data))) {
            database.backup(output);
            LOG.info("备份已写入 {}", output.toAbsolutePath());
        } catch (UnsupportedOperationException e) {
            LOG.error(e.getMessage());
            System.exit(3);
        } catch (IllegalStateException e) {
            if (String.valueOf(e.getMessage()).contains("already in use") || String.valueOf(e.getMessage()).contains("locked")) {
                LOG.error("数据库 {} 正由运行中的服务器使用。在线备份：curl -u admin -X POST http://localhost:8080/api/admin/backup"
                        + " -o nianbao-备份.zip（管理员），或先停止服务器再运行本命令", data.toAbsolutePath());
            } else {
                LOG.error(e.getMessage());
            }
            System.exit(3);
        }
    }

    private static String value(Deque<String> arguments, String option) {
        if (arguments.isEmpty()) {
            throw new IllegalArgumentException("选项 " + option + " 缺少取值");
        }
        return arguments.removeFirst();
    }
}
