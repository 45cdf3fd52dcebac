package org.nianbao.formats.docx;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.jspecify.annotations.Nullable;

/**
 * Walks the XML of a WordprocessingML body in document order and builds its {@link WordContent}. Works on the XML
 * rather than on XWPF's objects so that content inside content controls ({@code w:sdt}), custom XML, tracked
 * insertions, fields and text boxes is found where it stands, and nothing else is: deleted and moved-away text,
 * field codes, hidden runs, properties.
 *
 * <p>Recursion follows the element nesting, which {@link PackageScan} has bounded by
 * {@link DocxDocumentReader#MAX_XML_DEPTH}.
 */
final class DocxBodyWalker {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final QName VAL = new QName(W, "val");

    private final WordBlocks budget;

    DocxBodyWalker(WordBlocks budget) {
        this.budget = budget;
    }

    /** The content of a body (or any element holding paragraphs and tables). */
    WordContent content(XmlObject body) {
        WordContent content = new WordContent();
        try (XmlCursor cursor = body.newCursor()) {
            blockChildren(cursor, content, 0);
        }
        return content;
    }

    /** The block-level children of the element at the cursor; the cursor is back there afterwards. */
    private void blockChildren(XmlCursor cursor, WordContent out, int nesting) {
        cursor.push();
        if (cursor.toFirstChild()) {
            do {
                block(cursor, out, nesting);
            } while (cursor.toNextSibling());
        }
        cursor.pop();
    }

    private void block(XmlCursor cursor, WordContent out, int nesting) {
        QName name = cursor.getName();
        if (W.equals(name.getNamespaceURI())) {
            switch (name.getLocalPart()) {
                case "p":
                    paragraph(cursor, out, nesting);
                    break;
                case "tbl":
                    out.addTable(table(cursor, nesting + 1));
                    break;
                case "sdt":
                case "sdtContent":
                case "customXml":
                case "ins":
                case "moveTo":
                case "smartTag":
                    blockChildren(cursor, out, nesting);
                    break;
                default:
                    // properties, bookmarks, section properties, deleted or moved-away blocks, altChunk
                    break;
            }
        } else if (isAlternateContent(name)) {
            cursor.push();
            if (toChosenAlternative(cursor)) {
                blockChildren(cursor, out, nesting);
            }
            cursor.pop();
        }
    }

    private void paragraph(XmlCursor cursor, WordContent out, int nesting) {
        Inline inline = new Inline();
        inlineChildren(cursor, inline, nesting);
        inline.breakLine();
        for (String line : inline.lines) {
            budget.countLine();
            out.addLine(line);
        }
        for (WordContent box : inline.boxes) {
            out.addAll(box);
        }
    }

    private void inlineChildren(XmlCursor cursor, Inline inline, int nesting) {
        cursor.push();
        if (cursor.toFirstChild()) {
            do {
                inline(cursor, inline, nesting);
            } while (cursor.toNextSibling());
        }
        cursor.pop();
    }

    private void inline(XmlCursor cursor, Inline inline, int nesting) {
        QName name = cursor.getName();
        if (W.equals(name.getNamespaceURI())) {
            switch (name.getLocalPart()) {
                case "t":
                    inline.append(cursor.getTextValue());
                    return;
                case "tab":
                case "ptab":
                    inline.text.append('\t');
                    return;
                case "br":
                case "cr":
                    inline.breakLine();
                    return;
                case "noBreakHyphen":
                    inline.text.append('-');
                    return;
                case "r":
                    if (!isHidden(cursor)) {
                        inlineChildren(cursor, inline, nesting);
                    }
                    return;
                case "txbxContent":
                    WordContent box = new WordContent();
                    blockChildren(cursor, box, nesting);
                    inline.boxes.add(box);
                    return;
                case "pPr":
                case "rPr":
                case "sdtPr":
                case "sdtEndPr":
                case "del":
                case "moveFrom":
                case "instrText":
                case "delText":
                case "delInstrText":
                case "softHyphen":
                case "sym":
                case "footnoteReference":
                case "endnoteReference":
                case "commentReference":
                case "rt": // ruby (phonetic guide) text above the base text
                    return;
                default:
                    // hyperlink, fldSimple, smartTag, sdt, sdtContent, customXml, ins, moveTo, drawing, pict, object…
                    inlineChildren(cursor, inline, nesting);
                    return;
            }
        }
        if (isAlternateContent(name)) {
            cursor.push();
            if (toChosenAlternative(cursor)) {
                inlineChildren(cursor, inline, nesting);
            }
            cursor.pop();
            return;
        }
        // DrawingML and VML wrappers of text boxes: look inside for w:txbxContent
        inlineChildren(cursor, inline, nesting);
    }

    private WordContent.Table table(XmlCursor cursor, int nesting) {
        budget.checkNesting(nesting);
        List<WordContent.Row> rows = new ArrayList<>();
        rows(cursor, rows, nesting);
        return new WordContent.Table(rows);
    }

    /** The rows among the children of the element at the cursor (a table or a content control in it). */
    private void rows(XmlCursor cursor, List<WordContent.Row> rows, int nesting) {
        cursor.push();
        if (cursor.toFirstChild()) {
            do {
                QName name = cursor.getName();
                if (!W.equals(name.getNamespaceURI())) {
                    continue;
                }
                switch (name.getLocalPart()) {
                    case "tr":
                        WordContent.Row row = row(cursor, nesting);
                        if (row != null) {
                            budget.countRow(row);
                            rows.add(row);
                        }
                        break;
                    case "sdt":
                    case "sdtContent":
                    case "customXml":
                        rows(cursor, rows, nesting);
                        break;
                    default:
                        break;
                }
            } while (cursor.toNextSibling());
        }
        cursor.pop();
    }

    /** A row, or null for a row deleted in tracked changes. */
    private WordContent.@Nullable Row row(XmlCursor cursor, int nesting) {
        int before = 0;
        int after = 0;
        List<WordContent.Cell> cells = new ArrayList<>();
        cursor.push();
        if (cursor.toFirstChild()) {
            do {
                QName name = cursor.getName();
                if (!W.equals(name.getNamespaceURI())) {
                    continue;
                }
                switch (name.getLocalPart()) {
                    case "trPr":
                        RowProperties properties = rowProperties(cursor);
                        if (properties.deleted) {
                            cursor.pop();
                            return null;
                        }
                        before = properties.before;
                        after = properties.after;
                        break;
                    case "tc":
                        cells.add(cell(cursor, nesting));
                        break;
                    case "sdt":
                    case "sdtContent":
                    case "customXml":
                        cells(cursor, cells, nesting);
                        break;
                    default:
                        break;
                }
            } while (cursor.toNextSibling());
        }
        cursor.pop();
        List<WordContent.Cell> all = new ArrayList<>(cells.size() + 2);
        if (before > 0) {
            all.add(WordContent.Cell.empty(before));
        }
        all.addAll(cells);
        if (after > 0) {
            all.add(WordContent.Cell.empty(after));
        }
        return new WordContent.Row(all);
    }

    /** The cells inside a content control or custom XML element of a row. */
    private void cells(XmlCursor cursor, List<WordContent.Cell> cells, int nesting) {
        cursor.push();
        if (cursor.toFirstChild()) {
            do {
                QName name = cursor.getName();
                if (W.equals(name.getNamespaceURI())) {
                    switch (name.getLocalPart()) {
                        case "tc":
                            cells.add(cell(cursor, nesting));
                            break;
                        case "sdt":
                        case "sdtContent":
                        case "customXml":
                            cells(cursor, cells, nesting);
                            break;
                        default:
                            break;
                    }
                }
            } while (cursor.toNextSibling());
        }
        cursor.pop();
    }

    private static final class RowProperties {
        int before;
        int after;
        boolean deleted;
    }

    private static RowProperties rowProperties(XmlCursor cursor) {
        RowProperties properties = new RowProperties();
        cursor.push();
        if (cursor.toFirstChild()) {
            do {
                QName name = cursor.getName();
                if (W.equals(name.getNamespaceURI())) {
                    switch (name.getLocalPart()) {
                        case "gridBefore":
                            properties.before = count(cursor, 0);
                            break;
                        case "gridAfter":
                            properties.after = count(cursor, 0);
                            break;
                        case "del":
                            properties.deleted = true;
                            break;
                        default:
                            break;
                    }
                }
            } while (cursor.toNextSibling());
        }
        cursor.pop();
        return properties;
    }

    private WordContent.Cell cell(XmlCursor cursor, int nesting) {
        int span = 1;
        boolean covered = false;
        cursor.push();
        if (cursor.toChild(new QName(W, "tcPr")) && cursor.toFirstChild()) {
            do {
                QName name = cursor.getName();
                if (W.equals(name.getNamespaceURI())) {
                    switch (name.getLocalPart()) {
                        case "gridSpan":
                            span = Math.max(1, count(cursor, 1));
                            break;
                        case "vMerge":
                        case "hMerge":
                            // without w:val, or with "continue": a continuation; "restart" begins the merge
                            covered |= !"restart".equals(cursor.getAttributeText(VAL));
                            break;
                        default:
                            break;
                    }
                }
            } while (cursor.toNextSibling());
        }
        cursor.pop();
        WordContent content = new WordContent();
        blockChildren(cursor, content, nesting);
        return new WordContent.Cell(span, covered, content);
    }

    /** The w:val of a grid count, clamped to [0, MAX_GRID_COLUMNS + 1] (wider rows are refused by the budget). */
    private static int count(XmlCursor cursor, int fallback) {
        String value = cursor.getAttributeText(VAL);
        if (value == null) {
            return fallback;
        }
        value = value.trim();
        if (value.isEmpty() || value.length() > 6) {
            return value.matches("\\d+") ? WordBlocks.MAX_GRID_COLUMNS + 1 : fallback;
        }
        try {
            return Math.max(0, Math.min(WordBlocks.MAX_GRID_COLUMNS + 1, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Whether the run at the cursor is hidden text (w:vanish), which Word does not print. */
    private static boolean isHidden(XmlCursor cursor) {
        cursor.push();
        try {
            if (!cursor.toChild(new QName(W, "rPr")) || !cursor.toChild(new QName(W, "vanish"))) {
                return false;
            }
            String value = cursor.getAttributeText(VAL);
            return value == null || !(value.equals("0") || value.equals("false") || value.equals("off"));
        } finally {
            cursor.pop();
        }
    }

    private static boolean isAlternateContent(QName name) {
        return MC.equals(name.getNamespaceURI()) && name.getLocalPart().equals("AlternateContent");
    }

    /** Moves to the first mc:Choice of the mc:AlternateContent at the cursor, else to its mc:Fallback. */
    private static boolean toChosenAlternative(XmlCursor cursor) {
        return cursor.toChild(new QName(MC, "Choice")) || cursor.toChild(new QName(MC, "Fallback"));
    }

    /** The text of one paragraph as it is walked, cut into lines at soft line breaks. */
    private static final class Inline {
        final StringBuilder text = new StringBuilder();
        final List<String> lines = new ArrayList<>(1);
        final List<WordContent> boxes = new ArrayList<>(0);

        void append(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                text.append(c == '\n' || c == '\r' ? ' ' : c);
            }
        }

        void breakLine() {
            lines.add(text.toString());
            text.setLength(0);
        }
    }
}
