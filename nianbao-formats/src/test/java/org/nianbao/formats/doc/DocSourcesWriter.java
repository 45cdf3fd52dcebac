package org.nianbao.formats.doc;

import static org.nianbao.formats.docx.Docx.cell;
import static org.nianbao.formats.docx.Docx.row;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.nianbao.formats.docx.Docx;
import org.nianbao.formats.docx.DocxCorpusTest;
import org.nianbao.formats.docx.DocxTableThreeTest;
import org.nianbao.testkit.Corpus;
import org.nianbao.testkit.CorpusCase;
import org.nianbao.testkit.Reports;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Writes the .docx sources of the .doc test resources into the directory named by the system property
 * {@code nianbao.docSources}; LibreOffice then converts them (see {@code resources/org/nianbao/formats/doc/README.md}).
 * Runs only when that property is set, so an ordinary build never writes anything.
 */
@EnabledIfSystemProperty(named = "nianbao.docSources", matches = ".+")
class DocSourcesWriter {

    @Test
    void writeSources() throws IOException {
        Path dir = Files.createDirectories(Paths.get(System.getProperty("nianbao.docSources")));
        Files.write(dir.resolve("paragraphs.docx"), paragraphs().bytes());
        Files.write(dir.resolve("tables.docx"), tables().bytes());
        Files.write(dir.resolve("table_three.docx"), DocxTableThreeTest.report(Reports.balanced2021(7)).bytes());
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        for (CorpusCase seed : Corpus.seeds().toList()) {
            String stem = seed.source().getFileName().toString().replace(".txt", "");
            Files.write(seeds.resolve(stem + ".docx"),
                    DocxCorpusTest.asDocx(Files.readAllLines(seed.source(), StandardCharsets.UTF_8)));
        }
    }

    /** Runs, soft line breaks, tabs, a field, empty paragraphs, a header and a footer, deleted and hidden text. */
    static Docx paragraphs() {
        return Docx.create()
                .with(d -> d.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("页眉"))
                .with(d -> d.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("页脚"))
                .paragraph("某市", "某局", "2021", "年政府信息公开工作年度报告")
                .paragraph()
                .paragraph(p -> {
                    XWPFRun run = p.createRun();
                    run.setText("第一行");
                    run.addBreak();
                    run.setText("第二行");
                    run.addTab();
                    run.setText("12");
                })
                .paragraph(p -> {
                    p.createRun().setText("报告年度：");
                    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
                    p.createRun().getCTR().addNewInstrText().setStringValue(" QUOTE \"2021\" ");
                    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
                    p.createRun().setText("2021");
                    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
                    p.createRun().setText("年");
                })
                .paragraph("\u3000\u3000一、总体情况 ")
                .paragraph(p -> {
                    p.createRun().setText("本年");
                    CTRunTrackChange deleted = p.getCTP().addNewDel();
                    deleted.setId(BigInteger.ONE);
                    deleted.setAuthor("审稿人");
                    deleted.setDate(new GregorianCalendar(2022, Calendar.JANUARY, 10));
                    deleted.addNewR().addNewDelText().setStringValue("旧的");
                    XWPFRun hidden = p.createRun();
                    hidden.setText("隐藏");
                    hidden.setVanish(true);
                    p.createRun().setText("新收");
                });
    }

    /** Spanned cells, vertical merges, empty grid positions before and after rows, a nested table. */
    static Docx tables() {
        return Docx.create()
                .paragraph("表格之前")
                .table(
                        row(cell("a"), cell("b"), cell("c"), cell("d")),
                        row(cell("合并").span(2), cell("1"), cell("2")),
                        row(cell("纵向").mergeDown(), cell("3"), cell(), cell("4")),
                        row(cell().merged(), cell("5"), cell("6"), cell("7")),
                        row(cell("8"), cell("9")).before(2),
                        row(cell("x")).before(1).after(2))
                .paragraph("两表之间")
                .table(
                        row(cell("外"), cell("表")),
                        row(cell("说明"), cell().nested(row(cell("内"), cell("表")), row(cell("10"), cell("11")))),
                        row(cell("c"), cell("d")))
                .paragraph("表格之后");
    }
}
