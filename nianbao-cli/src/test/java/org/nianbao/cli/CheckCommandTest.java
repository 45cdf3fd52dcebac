package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.core.json.CanonicalJson;
import org.nianbao.testkit.Corpus;

class CheckCommandTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CliMain.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private static Path seed(String stem) {
        return Corpus.dir().resolve("seeds").resolve(stem + ".txt");
    }

    @Test
    void reportsTheWrongTotalsOfSeed002AndExitsWithOne() {
        int exit = run("check", seed("002_9375a95e759e8e3f").toString());

        assertThat(exit).isEqualTo(ExitCode.ERROR_FINDINGS);
        assertThat(out.toString())
                .contains("偃师区人民政府 2021年 (2021版格式)")
                .contains("错误 t3.outcome_sum")
                .contains("（七）总计·自然人 为 48，但各办理结果之和为 45")
                .contains("行政复议 各栏为空");
    }

    @Test
    void exitsWithZeroWhenNoReportHasErrors() {
        assertThat(run("check", seed("003_396493f86c9f6da3").toString())).isEqualTo(ExitCode.OK);
    }

    @Test
    @SuppressWarnings("unchecked")
    void printsOneJsonObjectPerReportWithJson() {
        int exit = run("check", "--json", Corpus.dir().resolve("seeds").toString());

        List<String> lines = out.toString().lines().toList();
        assertThat(exit).isEqualTo(ExitCode.ERROR_FINDINGS);
        assertThat(lines).hasSize(5);
        Map<String, Object> first = (Map<String, Object>) CanonicalJson.readTree(lines.get(0));
        assertThat(first).containsKeys("source", "report", "findings");
        assertThat((Map<String, Object>) first.get("report")).containsEntry("agency", "洛阳市洛龙区李楼镇人民政府");
    }

    @Test
    void reportsAnUnreadableFileByNameAndStillChecksTheOthers() throws IOException {
        Files.write(temp.resolve("a-empty.txt"), new byte[0]);
        Files.write(temp.resolve("b-binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0});
        Files.copy(seed("003_396493f86c9f6da3"), temp.resolve("c-report.txt"));

        int exit = run("check", temp.toString());

        assertThat(exit).isEqualTo(ExitCode.UNREADABLE_INPUT);
        assertThat(err.toString()).contains("a-empty.txt：文件为空").contains("b-binary.txt").doesNotContain("Exception");
        assertThat(out.toString()).contains("郟县李口镇人民政府 2024年");
    }

    @Test
    void readsAReportEncodedInGbk() throws IOException {
        Path gbk = temp.resolve("gbk.txt");
        Files.writeString(gbk, Files.readString(seed("002_9375a95e759e8e3f")), Charset.forName("GBK"));

        run("check", gbk.toString());

        assertThat(out.toString()).contains("偃师区人民政府 2021年").contains("为 48，但各办理结果之和为 45");
    }

    @Test
    void refusesATextThatIsNotAReport() throws IOException {
        Path note = temp.resolve("note.txt");
        Files.writeString(note, "会议通知\n请各单位准时参加。\n");

        assertThat(run("check", note.toString())).isEqualTo(ExitCode.UNREADABLE_INPUT);
        assertThat(err.toString()).contains("note.txt：不是政府信息公开工作年度报告");
    }

    @Test
    void answersAMissingArgumentWithUsageAndExitTwo() {
        assertThat(run("check")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("文件或目录");
    }

    @Test
    void helpListsEveryExitCode() {
        assertThat(run("check", "--help")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("退出码").contains("  1  完成，至少一份报告有“错误”级问题")
                .contains("  3  至少一个文件无法读取或不是年度报告");
    }
}
