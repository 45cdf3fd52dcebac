package org.nianbao.formats.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.formats.docx.Docx.cell;
import static org.nianbao.formats.docx.Docx.render;
import static org.nianbao.formats.docx.Docx.row;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.junit.jupiter.api.Test;
import org.nianbao.core.document.Block;
import org.nianbao.core.document.ExtractedDocument;
import org.nianbao.core.document.SourceFormat;
import org.nianbao.core.document.SourceRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/** What the .docx reader makes of paragraphs, runs, fields, merged cells and nested tables. */
class DocxDocumentReaderTest {
    private final DocxDocumentReader reader = new DocxDocumentReader();

    private ExtractedDocument read(Docx docx) {
        return reader.read("报告.docx", docx.bytes());
    }

    @Test
    void textSplitOverManyRunsIsOneParagraph() {
        ExtractedDocument document = read(Docx.create()
                .paragraph("某市", "某", "局", "20", "21", "年政府信息公开", "工作年度报告"));

        assertThat(document.format()).isEqualTo(SourceFormat.DOCX);
        assertThat(document.name()).isEqualTo("报告.docx");
        assertThat(render(document)).containsExactly("P:某市某局2021年政府信息公开工作年度报告");
    }

    @Test
    void softLineBreaksSplitParagraphsAndTabsAreKept() {
        ExtractedDocument document = read(Docx.create().paragraph(p -> {
            XWPFRun run = p.createRun();
            run.setText("第一行");
            run.addBreak();
            run.setText("第二行");
            run.addTab();
            run.setText("12");
        }));

        assertThat(render(document)).containsExactly("P:第一行", "P:第二行\t12");
    }

    @Test
    void emptyParagraphsAreDroppedAndTextIsTrimmed() {
        ExtractedDocument document = read(Docx.create()
                .paragraph()
                .paragraph("  ")
                .paragraph("\u3000\u3000一、总体情况\u00A0 ")
                .paragraph("\u3000"));

        assertThat(render(document)).containsExactly("P:一、总体情况");
    }

    @Test
    void fieldResultsAreKeptAndFieldCodesDropped() {
        ExtractedDocument document = read(Docx.create()
                .paragraph(p -> {
                    p.createRun().setText("报告年度：");
                    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
                    p.createRun().getCTR().addNewInstrText().setStringValue(" DATE \\@ \"yyyy\" ");
                    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
                    p.createRun().setText("2021");
                    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
                    p.createRun().setText("年");
                })
                .paragraph(p -> {
                    p.createRun().setText("第");
                    CTSimpleField field = p.getCTP().addNewFldSimple();
                    field.setInstr(" PAGE ");
                    field.addNewR().addNewT().setStringValue("3");
                }));

        assertThat(render(document)).containsExactly("P:报告年度：2021年", "P:第3");
    }

    @Test
    void deletedHiddenHeaderAndFooterTextIsNotBodyText() {
        ExtractedDocument document = read(Docx.create()
                .with(d -> d.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("页眉"))
                .with(d -> d.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("第 1 页"))
                .paragraph(p -> {
                    p.createRun().setText("本年");
                    CTRunTrackChange deleted = p.getCTP().addNewDel();
                    deleted.setId(java.math.BigInteger.ONE);
                    deleted.setAuthor("审稿人");
                    deleted.addNewR().addNewDelText().setStringValue("旧的");
                    XWPFRun hidden = p.createRun();
                    hidden.setText("隐藏");
                    hidden.setVanish(true);
                    p.createRun().setText("新收");
                }));

        assertThat(render(document)).containsExactly("P:本年新收");
    }

    @Test
    void contentControlsAndTextBoxesAreReadInPlace() throws XmlException {
        String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" ";
        String box = "<w:txbxContent><w:p><w:r><w:t>文本框里的字</w:t></w:r></w:p></w:txbxContent>";
        CTR textBox = CTR.Factory.parse("<w:r " + w
                + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
                + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
                + "xmlns:v=\"urn:schemas-microsoft-com:vml\">"
                + "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx>" + box
                + "</wps:txbx></wps:wsp></w:drawing></mc:Choice>"
                + "<mc:Fallback><w:pict><v:shape><v:textbox>" + box + "</v:textbox></v:shape></w:pict></mc:Fallback>"
                + "</mc:AlternateContent></w:r>");

        ExtractedDocument document = read(Docx.create()
                .paragraph("前")
                .with(d -> {
                    CTSdtBlock control = d.getDocument().getBody().addNewSdt();
                    control.addNewSdtPr().addNewAlias().setVal("别名不是正文");
                    control.addNewSdtContent().addNewP().addNewR().addNewT().setStringValue("控件里的字");
                })
                .paragraph(p -> {
                    p.createRun().setText("锚点");
                    p.getCTP().addNewR().set(textBox);
                })
                .paragraph("后"));

        assertThat(render(document)).containsExactly("P:前", "P:控件里的字", "P:锚点", "P:文本框里的字", "P:后");
    }

    @Test
    void gridSpanGivesEmptyStringsForTheColumnsItCovers() {
        ExtractedDocument document = read(Docx.create().table(
                row(cell("申请人情况").span(3), cell("总计")),
                row(cell("1"), cell("2"), cell("3"), cell("6"))));

        assertThat(render(document)).containsExactly("R:申请人情况|||总计", "R:1|2|3|6");
    }

    @Test
    void verticalMergeContinuationsAreEmptyNotRepeated() {
        ExtractedDocument document = read(Docx.create().table(
                row(cell("（三）不予公开").mergeDown(), cell("1.属于国家秘密"), cell("4")),
                row(cell().merged(), cell("2.其他法律行政法规禁止公开"), cell("5")),
                row(cell().merged(), cell("3.危及“三安全一稳定”"), cell(""))));

        assertThat(render(document)).containsExactly(
                "R:（三）不予公开|1.属于国家秘密|4", "R:|2.其他法律行政法规禁止公开|5", "R:|3.危及“三安全一稳定”|");
    }

    @Test
    void gridBeforeAndGridAfterKeepTheColumnPositions() {
        ExtractedDocument document = read(Docx.create().table(
                row(cell("a"), cell("b"), cell("c"), cell("d")),
                row(cell("1"), cell("2")).before(2),
                row(cell("x")).before(1).after(2)));

        assertThat(render(document)).containsExactly("R:a|b|c|d", "R:||1|2", "R:|x||");
    }

    @Test
    void blankCellsStayEmptyAndCellWhitespaceCollapses() {
        ExtractedDocument document = read(Docx.create().table(
                row(cell(), cell(""), cell(" "), cell("\u3000\u00A0"), cell("0")),
                row(cell("三、本年度", "办理结果"), cell("(一) 予以 公开"), cell("1 2"), cell(" 12 "), cell("Total", "7"))));

        assertThat(render(document)).containsExactly("R:||||0", "R:三、本年度办理结果|(一)予以公开|1 2|12|Total 7");
        Block.Table table = (Block.Table) document.blocks().get(0);
        assertThat(table.rows().get(0).cells()).containsExactly("", "", "", "", "0");
    }

    @Test
    void nestedTableIsItsOwnTableInReadingOrder() {
        ExtractedDocument document = read(Docx.create()
                .paragraph("前")
                .table(
                        row(cell("a"), cell("b")),
                        row(cell("说明"), cell().nested(row(cell("x"), cell("y")), row(cell("1"), cell("2")))),
                        row(cell("c"), cell("d")))
                .paragraph("后"));

        assertThat(render(document)).containsExactly("P:前", "R:a|b", "P:说明", "R:x|y", "R:1|2", "R:c|d", "P:后");
        assertThat(document.blocks()).extracting(block -> block.getClass().getSimpleName())
                .containsExactly("Paragraph", "Table", "Paragraph", "Table", "Table", "Paragraph");
    }

    @Test
    void singleCellAndLayoutTablesAreUnwrapped() {
        ExtractedDocument document = read(Docx.create()
                .table(row(cell("某县某局2022年政府信息公开工作年度报告", "一、总体情况", "本机关坚持以公开为常态。")
                        .nested(row(cell("项目"), cell("数量")), row(cell("规章"), cell("0")))))
                .table(row(cell("左栏"), cell("二、主动公开政府信息情况", "第一段", "第二段", "第三段", "第四段"))));

        assertThat(render(document)).containsExactly(
                "P:某县某局2022年政府信息公开工作年度报告", "P:一、总体情况", "P:本机关坚持以公开为常态。",
                "R:项目|数量", "R:规章|0",
                "P:左栏", "P:二、主动公开政府信息情况", "P:第一段", "P:第二段", "P:第三段", "P:第四段");
    }

    @Test
    void linesNumberParagraphsAndRowsInReadingOrder() {
        ExtractedDocument document = read(Docx.create()
                .paragraph("标题")
                .paragraph()
                .table(row(cell("a"), cell("b")), row(cell("1"), cell("2")))
                .paragraph("结尾"));

        assertThat(document.blocks()).hasSize(3);
        assertThat(document.blocks().get(0).source()).isEqualTo(SourceRef.line(1));
        Block.Table table = (Block.Table) document.blocks().get(1);
        assertThat(table.source()).isEqualTo(SourceRef.line(2));
        assertThat(table.rows()).extracting(Block.Row::source).containsExactly(SourceRef.line(2), SourceRef.line(3));
        assertThat(document.blocks().get(2).source()).isEqualTo(SourceRef.line(4));
    }

    @Test
    void oneReaderServesManyThreads() throws Exception {
        byte[] first = Docx.create().paragraph("甲").table(row(cell("1"), cell("2"))).bytes();
        byte[] second = Docx.create().paragraph("乙").table(row(cell("3").span(2), cell("4"))).bytes();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                byte[] bytes = i % 2 == 0 ? first : second;
                results.add(pool.submit(() -> render(reader.read("并发.docx", bytes))));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get())
                        .isEqualTo(i % 2 == 0 ? List.of("P:甲", "R:1|2") : List.of("P:乙", "R:3||4"));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
