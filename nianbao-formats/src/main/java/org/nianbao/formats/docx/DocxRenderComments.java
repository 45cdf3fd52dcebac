package org.nianbao.formats.docx;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.rendering.Annotation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;

/**
 * Writes annotations as Word comments (批注): {@code w:commentRangeStart} before the annotated text,
 * {@code w:commentRangeEnd} and a {@code w:commentReference} run after it, and the comment 「[n] 错误：…」 in the
 * comments part. Unlike a marker typed into the cell, a comment leaves the cell's text as it is, so the number
 * reads back unchanged ({@link DocxBodyWalker} skips comment marks, and the comments part is not the body).
 * Mutable, confined to one rendering; the comments part is created with the first comment.
 */
final class DocxRenderComments {
    static final String AUTHOR = "nianbao 审核";
    static final String INITIALS = "NB";

    private final XWPFDocument word;
    private @Nullable XWPFComments comments;

    DocxRenderComments(XWPFDocument word) {
        this.word = word;
    }

    /** Opens the comment ranges of the notes, before the annotated text of {@code p}. */
    void open(CTP p, List<DocxRenderNotes.Numbered> notes) {
        for (DocxRenderNotes.Numbered note : notes) {
            p.addNewCommentRangeStart().setId(BigInteger.valueOf(note.number()));
        }
    }

    /** Closes the comment ranges of the notes after the annotated text of {@code p} and writes the comments. */
    void close(CTP p, List<DocxRenderNotes.Numbered> notes) {
        for (DocxRenderNotes.Numbered note : notes) {
            BigInteger id = BigInteger.valueOf(note.number());
            p.addNewCommentRangeEnd().setId(id);
            CTR reference = p.addNewR();
            reference.addNewCommentReference().setId(id);
            comment(id, note);
        }
    }

    private void comment(BigInteger id, DocxRenderNotes.Numbered note) {
        if (comments == null) {
            comments = word.createComments();
        }
        XWPFComment comment = comments.createComment(id);
        comment.setAuthor(AUTHOR);
        comment.setInitials(INITIALS);
        note(comment.createParagraph().getCTP(), note, DocxRenderStyle.NOTE_SIZE);
    }

    /** One note as a line: 「[n] 错误：message」, number and severity in the note's colour. */
    static void note(CTP p, DocxRenderNotes.Numbered note, double size) {
        DocxRenderStyle.paragraph(p, STJc.LEFT, 0, 0);
        Annotation annotation = note.annotation();
        String color = annotation.error() ? DocxRenderStyle.ERROR_COLOR : DocxRenderStyle.WARNING_COLOR;
        CTR number = DocxRenderStyle.run(
                p, DocxRenderNotes.marker(note.number()) + " ", DocxRenderStyle.TABLE_FONT, size, true);
        DocxRenderStyle.color(number, color);
        CTR severity = DocxRenderStyle.run(p, annotation.severity() + "：", DocxRenderStyle.TABLE_FONT, size, true);
        DocxRenderStyle.color(severity, color);
        DocxRenderStyle.run(p, annotation.message(), DocxRenderStyle.TABLE_FONT, size, false);
    }
}
