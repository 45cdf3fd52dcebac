package org.nianbao.formats.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.nianbao.core.rendering.Annotation;
import org.nianbao.core.rendering.ReportDocument;
import org.nianbao.core.rendering.ReportRenderer;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Renders a report as a Word document (.docx) in the layout of official documents (GB/T 9704): A4 portrait, the
 * title in 方正小标宋简体 22 pt centred, section headings in 黑体 16 pt, the text in 仿宋_GB2312 16 pt with a
 * two-character first-line indent on a 28 pt line, page numbers 「— n —」 at the foot; tables 二, 三 and 四 in 宋体
 * exactly as {@link org.nianbao.core.rendering.ReportLayout} lays them out (see {@link DocxTableRender}). Fonts are
 * named, not embedded. The result opens and edits in Word and WPS and reads back through
 * {@link DocxDocumentReader} to the same tables.
 *
 * <p>With annotations (the reviewer's copy) every annotated cell is shaded, light red for an error and light amber
 * otherwise; the first cell of each annotation carries it as a Word comment (批注) 「[n] 错误：message」, and a
 * 「审核意见」 list after the table gives number, severity and message again, for print. A comment rather than a marker
 * typed into the cell, because any text added to a cell changes how its number reads back (the recognizer takes
 * 「14[1]」 for label text). Annotations on a section's text are comments on its heading; they and any annotation no
 * cell shows are listed at the end of the document.
 *
 * <p>Stateless and thread-safe.
 */
public final class DocxReportRenderer implements ReportRenderer {
    /** The heading of the lists of annotations. */
    static final String NOTES_HEADING = "审核意见";

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public byte[] render(ReportDocument document, List<Annotation> annotations) {
        DocxRenderNotes notes = new DocxRenderNotes(annotations);
        try (XWPFDocument word = new XWPFDocument()) {
            DocxRenderComments comments = new DocxRenderComments(word);
            DocxRenderStyle.addFontTable(word);
            DocxRenderStyle.addStyles(word);
            CTBody body = word.getDocument().getBody();
            title(body.addNewP(), document.title());
            boolean endsWithTable = false;
            for (ReportDocument.Part part : document.parts()) {
                if (part instanceof ReportDocument.Heading heading) {
                    heading(body.addNewP(), heading.text(), notes.heading(heading.text()), comments);
                    endsWithTable = false;
                } else if (part instanceof ReportDocument.Paragraph paragraph) {
                    paragraph(body.addNewP(), paragraph.text());
                    endsWithTable = false;
                } else {
                    ReportDocument.Table table = (ReportDocument.Table) part;
                    DocxRenderNotes.TableNotes tableNotes = notes.table(table.grid());
                    DocxTableRender.draw(body.addNewTbl(), table.grid(), tableNotes, comments);
                    endsWithTable = !list(body, table.grid().name() + NOTES_HEADING, tableNotes.listed());
                }
            }
            if (list(body, NOTES_HEADING, notes.remaining())) {
                endsWithTable = false;
            }
            if (endsWithTable) {
                // a body ends with a paragraph: Word and WPS expect one after a closing table
                DocxRenderStyle.paragraph(body.addNewP(), STJc.LEFT, 0, 0);
            }
            page(word, body);
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void title(CTP p, String text) {
        DocxRenderStyle.paragraph(p, STJc.CENTER, 0, 480);
        DocxRenderStyle.run(p, text, DocxRenderStyle.TITLE_FONT, DocxRenderStyle.TITLE_SIZE, false);
    }

    private static void heading(
            CTP p, String text, List<DocxRenderNotes.Numbered> notes, DocxRenderComments comments) {
        CTPPr pPr = DocxRenderStyle.paragraph(p, STJc.BOTH, DocxRenderStyle.BODY_LINE, 0);
        pPr.addNewKeepNext();
        DocxRenderStyle.indentTwoCharacters(pPr, DocxRenderStyle.HEADING_SIZE);
        comments.open(p, notes);
        DocxRenderStyle.run(p, text, DocxRenderStyle.HEADING_FONT, DocxRenderStyle.HEADING_SIZE, false);
        comments.close(p, notes);
    }

    private static void paragraph(CTP p, String text) {
        CTPPr pPr = DocxRenderStyle.paragraph(p, STJc.BOTH, DocxRenderStyle.BODY_LINE, 0);
        DocxRenderStyle.indentTwoCharacters(pPr, DocxRenderStyle.BODY_SIZE);
        DocxRenderStyle.run(p, text, DocxRenderStyle.BODY_FONT, DocxRenderStyle.BODY_SIZE, false);
    }

    /**
     * The list 「审核意见」: its heading, then one line per note, 「[n] 错误：message」. Nothing when there are none.
     *
     * @return whether a list was written
     */
    private static boolean list(CTBody body, String heading, List<DocxRenderNotes.Numbered> notes) {
        if (notes.isEmpty()) {
            return false;
        }
        CTP title = body.addNewP();
        CTPPr titlePr = DocxRenderStyle.paragraph(title, STJc.LEFT, 0, 60);
        titlePr.getSpacing().setBefore(BigInteger.valueOf(120));
        titlePr.addNewKeepNext();
        DocxRenderStyle.run(title, heading, DocxRenderStyle.HEADING_FONT, DocxRenderStyle.NOTE_SIZE, false);
        for (DocxRenderNotes.Numbered note : notes) {
            DocxRenderComments.note(body.addNewP(), note, DocxRenderStyle.NOTE_SIZE);
        }
        return true;
    }

    /** A4 portrait with the GB/T 9704 margins, and the page number centred at the foot. */
    private static void page(XWPFDocument word, CTBody body) {
        CTSectPr sectPr = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = sectPr.addNewPgSz();
        size.setW(BigInteger.valueOf(DocxRenderStyle.PAGE_WIDTH));
        size.setH(BigInteger.valueOf(DocxRenderStyle.PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = sectPr.addNewPgMar();
        margins.setTop(BigInteger.valueOf(DocxRenderStyle.MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(DocxRenderStyle.MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(DocxRenderStyle.MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(DocxRenderStyle.MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(851));
        // the page number's line 7 mm below the text block: 3.5 cm - 0.7 cm to its foot, less its 14 pt height
        margins.setFooter(BigInteger.valueOf(DocxRenderStyle.twips(2.8) - 280));
        margins.setGutter(BigInteger.ZERO);

        XWPFFooter footer = word.createFooter(HeaderFooterType.DEFAULT);
        CTP p = footer.createParagraph().getCTP();
        DocxRenderStyle.paragraph(p, STJc.CENTER, 0, 0);
        DocxRenderStyle.run(p, "— ", DocxRenderStyle.TABLE_FONT, DocxRenderStyle.PAGE_NUMBER_SIZE, false);
        CTSimpleField field = p.addNewFldSimple();
        field.setInstr(" PAGE ");
        DocxRenderStyle.text(field.addNewR(), "1", DocxRenderStyle.TABLE_FONT, DocxRenderStyle.PAGE_NUMBER_SIZE, false);
        DocxRenderStyle.run(p, " —", DocxRenderStyle.TABLE_FONT, DocxRenderStyle.PAGE_NUMBER_SIZE, false);
    }
}
