package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nianbao.storage.DatabaseConfig;
import org.nianbao.testkit.Corpus;

/**
 * The web application end to end over HTTP, on a real database: the same suite runs on H2 ({@link H2WebIT}) and
 * PostgreSQL ({@link PostgresWebIT}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractWebIT {
    static final String SEED_002 = "002_9375a95e759e8e3f.txt";

    Path data;

    TestServer server;
    DatabaseConfig config;

    abstract DatabaseConfig database(Path directory) throws Exception;

    @BeforeAll
    void start() throws Exception {
        data = Files.createTempDirectory("nianbao-web-it");
        config = database(data);
        server = new TestServer(config, data);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    static byte[] seed(String name) throws IOException {
        return Files.readAllBytes(Corpus.dir().resolve("seeds").resolve(name));
    }

    /** Uploads a seed as the admin and returns the answer's JSON. */
    Map<String, Object> upload(Http client, String name, byte[] content) {
        HttpResponse<String> response = client.upload("/api/reports", name, content);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Http.json(response);
    }

    static long id(Map<String, Object> stored) {
        return ((Number) stored.get("id")).longValue();
    }

    @Test
    void healthAnswersWithoutLogin() {
        HttpResponse<String> response = server.anonymous().get("/api/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"ok\"");
    }

    @Test
    void apiRefusesRequestsWithoutCredentials() {
        Http anonymous = server.anonymous();
        HttpResponse<String> list = anonymous.get("/api/reports");
        assertThat(list.statusCode()).isEqualTo(401);
        assertThat(list.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("Basic"));
        assertThat(anonymous.upload("/api/reports", "x.txt", "x".getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(401);
        assertThat(new Http(server.port()).basic("admin", "wrong-password").get("/api/reports").statusCode())
                .isEqualTo(401);
        assertThat(new Http(server.port()).bearer("nbk_not-a-token").get("/api/reports").statusCode()).isEqualTo(401);
    }

    @Test
    void pagesSendAnonymousUsersToTheLogin() {
        HttpResponse<String> response = server.anonymous().get("/reports");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("/login?next=%2Freports");
    }

    @Test
    void uploadAnswersWithTheCanonicalReportAndItsFindings() throws IOException {
        Map<String, Object> stored = upload(server.admin(), SEED_002, seed(SEED_002));
        assertThat(stored).containsKeys("id", "report", "findings");
        @SuppressWarnings("unchecked")
        Map<String, Object> report = (Map<String, Object>) stored.get("report");
        assertThat(report).containsEntry("schema", "nianbao.report/1").containsEntry("agency", "偃师区人民政府")
                .containsEntry("year", 2021L);
        List<Map<String, Object>> findings = Http.list(stored.get("findings"));
        assertThat(findings).anySatisfy(finding -> assertThat(finding)
                .containsEntry("rule", "t3.outcome_sum")
                .containsEntry("cell", "applications.result_total.natural_person")
                .containsEntry("expected", 45L)
                .containsEntry("actual", 48L));

        HttpResponse<String> again = server.admin().get("/api/reports/" + id(stored));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Http.json(again).get("report")).isEqualTo(report);

        HttpResponse<byte[]> source = server.admin().getBytes("/api/reports/" + id(stored) + "/source");
        assertThat(source.body()).isEqualTo(seed(SEED_002));
    }

    @Test
    void searchFiltersByAgencyYearRuleAndSeverity() throws IOException {
        long id = id(upload(server.admin(), SEED_002, seed(SEED_002)));
        Http admin = server.admin();
        assertThat(ids(admin.get("/api/reports?agency=%E5%81%83%E5%B8%88&year=2021&rule=t3.outcome_sum"))).contains(id);
        assertThat(ids(admin.get("/api/reports?severity=error&year=2021"))).contains(id);
        assertThat(ids(admin.get("/api/reports?year=2019"))).doesNotContain(id);
        assertThat(ids(admin.get("/api/reports?agency=%E4%B8%8D%E5%AD%98%E5%9C%A8"))).isEmpty();
        assertThat(admin.get("/api/reports?rule=no.such_rule").statusCode()).isEqualTo(400);
        HttpResponse<String> page = admin.get("/api/reports?limit=1");
        assertThat(Http.list(Http.json(page).get("reports"))).hasSize(1);
    }

    static List<Long> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.list(Http.json(response).get("reports")).stream()
                .map(report -> ((Number) report.get("id")).longValue()).toList();
    }

    @Test
    void aCorrectionIsANewVersionAndKeepsTheOriginal() throws IOException {
        Http admin = server.admin();
        long id = id(upload(admin, SEED_002, seed(SEED_002)));
        HttpResponse<String> corrected = admin.postJson("/api/reports/" + id + "/corrections",
                "{\"cell\": \"applications.result_total.natural_person\", \"value\": 45,"
                        + " \"reason\": \"按原件核对，总计应为45\"}", Map.of());
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        Map<String, Object> body = Http.json(corrected);
        assertThat(body).containsEntry("version", 2L);
        assertThat(Http.list(body.get("findings"))).noneSatisfy(finding -> assertThat(finding)
                .containsEntry("cell", "applications.result_total.natural_person"));

        List<Map<String, Object>> versions = Http.list(Http.json(admin.get("/api/reports/" + id + "/versions"))
                .get("versions"));
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0)).containsEntry("version", 1L).containsEntry("reason", null);
        assertThat(cell(versions.get(0), "result_total", "natural_person")).isEqualTo(48L);
        assertThat(cell(versions.get(1), "result_total", "natural_person")).isEqualTo(45L);
        assertThat(versions.get(1)).containsEntry("reason", "按原件核对，总计应为45").containsEntry("created_by", "admin");

        String audit = admin.get("/api/admin/audit").body();
        assertThat(audit).contains("report.correct").contains("按原件核对，总计应为45");

        HttpResponse<String> invalid = admin.postJson("/api/reports/" + id + "/corrections",
                "{\"cell\": \"applications.result_total.natural_person\", \"value\": \"四十\", \"reason\": \"x\"}",
                Map.of());
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(Http.json(invalid).get("message").toString()).contains("不是有效的数值");
        HttpResponse<String> noReason = admin.postJson("/api/reports/" + id + "/corrections",
                "{\"cell\": \"applications.result_total.natural_person\", \"value\": 45}", Map.of());
        assertThat(noReason.statusCode()).isEqualTo(400);
    }

    @SuppressWarnings("unchecked")
    static Object cell(Map<String, Object> version, String row, String column) {
        Map<String, Object> report = (Map<String, Object>) version.get("report");
        Map<String, Object> applications = (Map<String, Object>) report.get("applications");
        return ((Map<String, Object>) applications.get(row)).get(column);
    }

    @Test
    void reportsDownloadInEveryFormat() throws IOException {
        Http admin = server.admin();
        long id = id(upload(admin, SEED_002, seed(SEED_002)));
        Map<String, String> magic = new LinkedHashMap<>();
        magic.put("docx", "PK");
        magic.put("xlsx", "PK");
        magic.put("pdf", "%PDF");
        magic.put("json", "{");
        magic.put("html", "<!DOCTYPE html>");
        for (Map.Entry<String, String> format : magic.entrySet()) {
            HttpResponse<byte[]> file = admin.getBytes("/api/reports/" + id + "/download/" + format.getKey());
            assertThat(file.statusCode()).as(format.getKey()).isEqualTo(200);
            assertThat(new String(file.body(), 0, format.getValue().length(), StandardCharsets.ISO_8859_1))
                    .as(format.getKey()).isEqualTo(format.getValue());
            assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                    value -> assertThat(value).contains("attachment").contains("UTF-8''"));
        }
        assertThat(admin.getBytes("/api/reports/" + id + "/download/exe").statusCode()).isEqualTo(400);
    }

    @Test
    void findingsExportAsCsvAndXlsx() throws IOException {
        Http admin = server.admin();
        upload(admin, SEED_002, seed(SEED_002));
        HttpResponse<byte[]> csv = admin.getBytes("/api/findings.csv?year=2021");
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF报告编号,单位,年度").contains("t3.outcome_sum").contains("偃师区人民政府");
        HttpResponse<byte[]> xlsx = admin.getBytes("/api/findings.xlsx?year=2021");
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    @Test
    void openApiDescribesTheReportsEndpoint() {
        HttpResponse<String> response = server.anonymous().get("/api/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.json(response)).containsKey("paths");
        assertThat(response.body()).contains("/api/reports/{id}").contains("\"openapi\"");
    }

    @Test
    void unreadableUploadsAreRefusedWithTheFileNamed() {
        HttpResponse<String> empty = server.admin().upload("/api/reports", "空文件.pdf", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(Http.json(empty).get("message").toString()).contains("空文件.pdf");
        HttpResponse<String> notReport = server.admin().upload("/api/reports", "通知.txt",
                "关于做好春节期间安全工作的通知\n各单位：请注意防火。".getBytes(StandardCharsets.UTF_8));
        assertThat(notReport.statusCode()).isEqualTo(422);
    }

    @Test
    void uploadLimitsAreRefusedInChinese() {
        Map<String, byte[]> eleven = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            eleven.put("r" + i + ".txt", "x".getBytes(StandardCharsets.UTF_8));
        }
        HttpResponse<String> tooMany = server.admin().upload("/api/reports", eleven, Map.of(), Map.of());
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(Http.json(tooMany).get("message").toString()).contains("一次最多上传 10 个文件");

        HttpResponse<String> tooLarge = server.admin().upload("/api/reports", "大文件.txt", new byte[5 * 1024 * 1024 + 10]);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(Http.json(tooLarge).get("message").toString()).contains("大文件.txt").contains("上限");
    }

    // --- security

    /** Creates an agency and a clerk of it through the admin API; returns the agency id. */
    long agencyWithClerk(String agency, String clerk) {
        Http admin = server.admin();
        HttpResponse<String> created = admin.postJson("/api/admin/agencies",
                "{\"name\": \"" + agency + "\", \"level\": \"township\"}", Map.of());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long agencyId = ((Number) Http.json(created).get("id")).longValue();
        HttpResponse<String> user = admin.postJson("/api/admin/users", "{\"username\": \"" + clerk
                + "\", \"role\": \"clerk\", \"agency_id\": " + agencyId + ", \"password\": \"clerk-secret-1\"}",
                Map.of());
        assertThat(user.statusCode()).as(user.body()).isEqualTo(201);
        return agencyId;
    }

    @Test
    void aClerkCannotReadOrChangeAnotherAgencysReports() throws IOException {
        agencyWithClerk("甲镇人民政府", "clerk-a");
        long agencyB = agencyWithClerk("乙镇人民政府", "clerk-b");
        Http clerkA = new Http(server.port()).basic("clerk-a", "clerk-secret-1");
        Http clerkB = new Http(server.port()).basic("clerk-b", "clerk-secret-1");

        Map<String, Object> ofB = upload(clerkB, "乙镇.txt", seed("001_7e630d27dccc3614.txt"));
        assertThat(ofB).containsEntry("agency_id", agencyB);
        long id = id(ofB);

        assertThat(clerkA.get("/api/reports/" + id).statusCode()).isEqualTo(404);
        assertThat(clerkA.getBytes("/api/reports/" + id + "/source").statusCode()).isEqualTo(404);
        assertThat(clerkA.getBytes("/api/reports/" + id + "/download/docx").statusCode()).isEqualTo(404);
        assertThat(ids(clerkA.get("/api/reports"))).doesNotContain(id);
        HttpResponse<String> change = clerkA.postJson("/api/reports/" + id + "/corrections",
                "{\"cell\": \"applications.new_received.total\", \"value\": 1, \"reason\": \"篡改\"}", Map.of());
        assertThat(change.statusCode()).isEqualTo(404);
        assertThat(Http.json(clerkB.get("/api/reports/" + id + "/versions")).get("versions").toString())
                .doesNotContain("篡改");

        Http pagesA = new Http(server.port());
        String csrf = pagesA.login("clerk-a", "clerk-secret-1");
        HttpResponse<String> hidden = pagesA.get("/reports/" + id);
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).contains("不存在，或您无权查看").contains("</html>");
        assertThat(pagesA.get("/reports").body()).doesNotContain("/reports/" + id + "\"");
        HttpResponse<String> pageChange = pagesA.postForm("/reports/" + id + "/corrections", Map.of("_csrf", csrf,
                "cell", "applications.new_received.total", "value", "1", "reason", "篡改"));
        assertThat(pageChange.statusCode()).isEqualTo(404);
        assertThat(clerkA.get("/api/admin/audit").statusCode()).isEqualTo(403);

        assertThat(clerkB.get("/api/reports/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void aReviewerSeesTheAgenciesBelowTheirsAndNoOthers() throws IOException {
        Http admin = server.admin();
        long county = ((Number) Http.json(admin.postJson("/api/admin/agencies",
                "{\"name\": \"丙县人民政府\", \"level\": \"county\"}", Map.of())).get("id")).longValue();
        long town = ((Number) Http.json(admin.postJson("/api/admin/agencies",
                "{\"name\": \"丙县丁镇人民政府\", \"parent_id\": " + county + "}", Map.of())).get("id")).longValue();
        long elsewhere = agencyWithClerk("戊镇人民政府", "clerk-e");
        assertThat(admin.postJson("/api/admin/users", "{\"username\": \"reviewer-c\", \"role\": \"reviewer\","
                + " \"agency_id\": " + county + ", \"password\": \"reviewer-secret-1\"}", Map.of()).statusCode())
                .isEqualTo(201);
        assertThat(admin.postJson("/api/admin/users", "{\"username\": \"clerk-t\", \"role\": \"clerk\","
                + " \"agency_id\": " + town + ", \"password\": \"clerk-secret-1\"}", Map.of()).statusCode())
                .isEqualTo(201);
        long ofTown = id(upload(new Http(server.port()).basic("clerk-t", "clerk-secret-1"), "丁镇.txt",
                seed("000_eedd26a94a184028.txt")));
        long ofElsewhere = id(upload(new Http(server.port()).basic("clerk-e", "clerk-secret-1"), "戊镇.txt",
                seed("003_396493f86c9f6da3.txt")));

        Http reviewer = new Http(server.port()).basic("reviewer-c", "reviewer-secret-1");
        assertThat(reviewer.get("/api/reports/" + ofTown).statusCode()).isEqualTo(200);
        assertThat(reviewer.get("/api/reports/" + ofElsewhere).statusCode()).isEqualTo(404);
        assertThat(ids(reviewer.get("/api/reports?limit=1000"))).contains(ofTown).doesNotContain(ofElsewhere);
        assertThat(ids(reviewer.get("/api/reports?region=" + elsewhere))).isEmpty();
        assertThat(Http.json(reviewer.get("/api/agencies")).get("agencies").toString())
                .contains("丙县丁镇人民政府").doesNotContain("戊镇人民政府");
    }

    @Test
    void aRevokedTokenAndADisabledUserAreRefusedAtOnce() {
        agencyWithClerk("己镇人民政府", "clerk-r");
        Http basic = new Http(server.port()).basic("clerk-r", "clerk-secret-1");
        HttpResponse<String> created = basic.postJson("/api/tokens", "{\"name\": \"脚本\"}", Map.of());
        assertThat(created.statusCode()).isEqualTo(201);
        String token = Http.json(created).get("token").toString();
        Http bearer = new Http(server.port()).bearer(token);
        assertThat(bearer.get("/api/reports").statusCode()).isEqualTo(200);
        List<Map<String, Object>> tokens = Http.list(Http.json(basic.get("/api/tokens")).get("tokens"));
        assertThat(tokens).singleElement().satisfies(t -> assertThat(t).containsEntry("name", "脚本"));
        assertThat(basic.delete("/api/tokens/" + tokens.get(0).get("id")).statusCode()).isEqualTo(204);
        assertThat(bearer.get("/api/reports").statusCode()).isEqualTo(401);

        Http browser = new Http(server.port());
        browser.login("clerk-r", "clerk-secret-1");
        long clerkId = server.services().users().findByUsername("clerk-r").orElseThrow().id();
        assertThat(server.admin().postJson("/api/admin/users/" + clerkId + "/active", "{\"active\": false}",
                Map.of()).statusCode()).isEqualTo(204);
        assertThat(basic.get("/api/reports").statusCode()).isEqualTo(401);
        assertThat(browser.get("/reports").statusCode()).isEqualTo(302);
        assertThat(server.admin().get("/api/admin/audit").body()).contains("user.disable").contains("token.revoke");
        long adminId = server.services().users().findByUsername("admin").orElseThrow().id();
        assertThat(server.admin().postJson("/api/admin/users/" + adminId + "/active", "{\"active\": false}",
                Map.of()).statusCode()).isEqualTo(400);
    }

    @Test
    void aStateChangeWithoutTheCsrfTokenIsRefused() throws IOException {
        long id = id(upload(server.admin(), SEED_002, seed(SEED_002)));
        Http browser = new Http(server.port());
        String csrf = browser.login("admin", TestServer.ADMIN_PASSWORD);
        assertThat(csrf).isNotEmpty();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("cell", "applications.result_total.natural_person");
        fields.put("value", "45");
        fields.put("reason", "核对原件");
        HttpResponse<String> without = browser.postForm("/reports/" + id + "/corrections", fields);
        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(without.body()).contains("CSRF");
        fields.put("_csrf", "forged");
        assertThat(browser.postForm("/reports/" + id + "/corrections", fields).statusCode()).isEqualTo(403);
        assertThat(browser.upload("/api/reports", SEED_002, seed(SEED_002)).statusCode()).isEqualTo(403);
        fields.put("_csrf", csrf);
        HttpResponse<String> with = browser.postForm("/reports/" + id + "/corrections", fields);
        assertThat(with.statusCode()).isEqualTo(302);
        assertThat(with.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/reports/" + id));
        String page = browser.get("/reports/" + id).body();
        assertThat(page).contains("表三　收到和处理政府信息公开申请情况");
        assertThat(cellTag(page, "applications.result_total.natural_person")).doesNotContain("wrong");
        assertThat(cellTag(page, "applications.result_total.total")).contains("wrong error"); // 50, still not 47
        assertThat(browser.postForm("/logout", Map.of()).statusCode()).isEqualTo(403);
    }

    /** The opening tag of the drawn table cell showing {@code path}. */
    static String cellTag(String page, String path) {
        int at = page.indexOf("data-cell=\"" + path + "\"");
        assertThat(at).as("cell " + path + " drawn").isNotNegative();
        return page.substring(page.lastIndexOf("<td", at), page.indexOf('>', at) + 1);
    }

    @Test
    void sessionCookiesAreHttpOnlyAndSameSite() {
        Http browser = new Http(server.port());
        HttpResponse<String> form = browser.get("/login");
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"")
                .matcher(form.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> login = browser.postForm("/login", Map.of("username", "admin", "password",
                TestServer.ADMIN_PASSWORD, "_csrf", token.group(1), "next", "https://evil.example/"));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValue("/reports");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("nianbao_session=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void scriptInAReportIsShownAsText() {
        String report = "甲乡人民政府2021年政府信息公开工作年度报告\n"
                + "一、总体情况\n本年度<script>alert(1)</script>认真贯彻条例。\n"
                + "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n"
                + "五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n";
        Http admin = server.admin();
        HttpResponse<String> stored = admin.upload("/api/reports", "脚本.txt", report.getBytes(StandardCharsets.UTF_8));
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        Http browser = new Http(server.port());
        browser.login("admin", TestServer.ADMIN_PASSWORD);
        HttpResponse<String> page = browser.get("/reports/" + id(Http.json(stored)));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("script-src 'self'"));
    }

    @Test
    void repeatedFailedLoginsAreThrottled() {
        Http browser = new Http(server.port());
        HttpResponse<String> last = null;
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> form = browser.get("/login");
            java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"")
                    .matcher(form.body());
            assertThat(token.find()).isTrue();
            last = browser.postForm("/login", Map.of("username", "throttled", "password", "wrong-" + i, "_csrf",
                    token.group(1)));
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.body()).contains("登录失败次数过多");
    }

    // --- across years

    static byte[] html(org.nianbao.core.report.AnnualReport report) {
        return org.nianbao.formats.ReportRenderers.standard().forFormat("html").orElseThrow()
                .render(org.nianbao.core.rendering.ReportLayout.of(report), List.of());
    }

    @Test
    void crossYearRulesRunAgainstTheStoredNeighbours() {
        org.nianbao.core.report.AnnualReport first = org.nianbao.testkit.Reports.balanced2021(4);
        org.nianbao.core.report.AnnualReport second = org.nianbao.testkit.Reports.nextYear(first, 5);
        org.nianbao.core.report.CellPath carriedOver = new org.nianbao.core.report.CellPath(
                "applications.carried_over.natural_person");
        long printed = second.cell(carriedOver).count().orElseThrow();
        org.nianbao.core.report.AnnualReport broken = second.withCell(carriedOver,
                org.nianbao.core.report.Cell.of(printed + 3));
        Http admin = server.admin();
        // the later year first: its neighbour arrives afterwards and the rule runs again
        long later = id(upload(admin, "later.html", html(broken)));
        Map<String, Object> earlier = upload(admin, "earlier.html", html(first));
        assertThat(Http.list(earlier.get("findings"))).noneSatisfy(
                finding -> assertThat(finding.get("rule").toString()).startsWith("xyear."));
        List<Map<String, Object>> findings = Http.list(Http.json(admin.get("/api/reports/" + later)).get("findings"));
        assertThat(findings).anySatisfy(finding -> assertThat(finding)
                .containsEntry("rule", "xyear.carry_over")
                .containsEntry("cell", "applications.carried_over.natural_person")
                .containsEntry("expected", printed)
                .containsEntry("actual", printed + 3));
        assertThat(ids(admin.get("/api/reports?rule=xyear.carry_over"))).contains(later);

        long agency = ((Number) earlier.get("agency_id")).longValue();
        HttpResponse<String> compare = admin.get("/compare?agency=" + agency);
        assertThat(compare.statusCode()).isEqualTo(200);
        assertThat(compare.body()).contains(first.year() + "年").contains(second.year() + "年")
                .contains("xyear.carry_over");
    }

    @Test
    void anAdminBacksUpTheRunningDatabase() throws IOException {
        HttpResponse<byte[]> backup = server.admin().postBytes("/api/admin/backup");
        if (config.isH2()) {
            assertThat(backup.statusCode()).isEqualTo(200);
            assertThat(new String(backup.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
            assertThat(server.admin().get("/api/admin/audit").body()).contains("database.backup");
        } else {
            assertThat(backup.statusCode()).isEqualTo(501);
        }
        assertThat(new Http(server.port()).basic("clerk-x", "nope").postBytes("/api/admin/backup").statusCode())
                .isEqualTo(401);
    }
}
