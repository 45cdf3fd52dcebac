package org.nianbao.formats.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A parsed page flattened into {@link PageItem}s in reading order, with what is needed to choose the article body:
 * for every visible element (numbered in pre-order) its parent, depth, last descendant, the non-link characters
 * it holds and whether it is a well-known content container.
 *
 * <p>Flattening follows what a browser shows: hidden content ({@code display:none}, {@code visibility:hidden},
 * the {@code hidden} attribute, scripts, styles, {@code noscript}, {@code template}, form controls, embedded
 * objects, comments) is skipped; every block element starts and ends a line; {@code <br>} ends a line; inline
 * elements join without adding anything; a table holding another table is a layout table whose cells are read as
 * blocks, and so is a table that only frames text (a single column, or a cell holding paragraphs of running text);
 * any other table is a leaf table, read as rows of cells. Traversal is iterative (jsoup's
 * {@link NodeTraversor}), so nesting depth cannot overflow the stack.
 */
final class HtmlPage {
    /** Largest span value read from a {@code colspan}: the HTML standard's own limit. */
    static final int MAX_COLSPAN = 1000;
    /** Largest span value read from a {@code rowspan}. */
    static final int MAX_ROWSPAN = 65534;
    /** How much of a table's text is kept for recognizing report tables. */
    private static final int TABLE_TEXT_SAMPLE = 8192;

    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "noscript", "template", "head", "title", "select", "option", "optgroup", "datalist",
            "button", "textarea", "input", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math",
            "canvas", "audio", "video", "map", "area", "dialog", "xml");
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dir", "div",
            "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "p", "plaintext",
            "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "xmp");
    private static final Set<String> CONTENT_IDS = Set.of(
            "zoom", "ucap-content", "content", "article", "js_content", "zoomcon", "fontzoom", "zw", "maintext",
            "articlecontent", "article-content", "info_content", "news_content");
    private static final Set<String> CONTENT_CLASSES = Set.of(
            "trs_editor", "trs_ueditor", "view", "article", "article-content", "articlecontent", "content",
            "pages_content", "wp_articlecontent", "zw", "detail-content", "news_content", "xxgk_content",
            "custom_unionstyle", "wordsection1", "section1");

    final List<PageItem> items;
    final String title;
    private final int[] parent;
    private final int[] depth;
    private final int[] last;
    private final int[] nonLinkChars;
    private final BitSet contentContainers;
    /** The elements of the items, sorted: counts the items inside an element by binary search. */
    private final int[] itemElements;

    private HtmlPage(Flattener flattener, String title) {
        this.items = List.copyOf(flattener.items);
        this.title = title;
        int count = flattener.count;
        this.parent = Arrays.copyOf(flattener.parent, count);
        this.depth = Arrays.copyOf(flattener.depth, count);
        this.last = Arrays.copyOf(flattener.last, count);
        this.nonLinkChars = Arrays.copyOf(flattener.nonLinkChars, count);
        this.contentContainers = flattener.contentContainers;
        this.itemElements = items.stream().mapToInt(PageItem::element).sorted().toArray();
    }

    /** Flattens the body of a parsed page. */
    static HtmlPage of(Document document) {
        Element root = document.body() != null ? document.body() : document;
        Set<Element> layoutTables = layoutTables(root);
        Flattener flattener = new Flattener(layoutTables);
        NodeTraversor.filter(flattener, root);
        flattener.flush();
        return new HtmlPage(flattener, document.title());
    }

    /** The number of visible elements. */
    int elements() {
        return parent.length;
    }

    /** The parent of an element, or -1 for the root. */
    int parent(int element) {
        return parent[element];
    }

    /** The depth of an element; the root has 0. */
    int depth(int element) {
        return depth[element];
    }

    /** Whether {@code element} is {@code ancestor} or inside it. */
    boolean within(int element, int ancestor) {
        return element >= ancestor && element <= last[ancestor];
    }

    /** The number of items (lines and tables) inside an element. */
    int items(int element) {
        return firstAtLeast(last[element] + 1) - firstAtLeast(element);
    }

    private int firstAtLeast(int element) {
        int low = 0;
        int high = itemElements.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (itemElements[middle] < element) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Visible characters of an element that are not link text. */
    int nonLinkChars(int element) {
        return nonLinkChars[element];
    }

    /** Whether an element is a well-known article container (such as {@code .TRS_Editor} or {@code #zoom}). */
    boolean isContentContainer(int element) {
        return contentContainers.get(element);
    }

    /**
     * Whether an element and everything in it is invisible or not content. A hidden {@code <body>} or
     * {@code <html>} is not: pages hide their body until a script has run, and a saved page is read as shown.
     */
    static boolean hidden(Element element) {
        String tag = element.normalName();
        if (SKIPPED.contains(tag)) {
            return true;
        }
        if (tag.equals("body") || tag.equals("html")) {
            return false;
        }
        if (element.hasAttr("hidden")) {
            return true;
        }
        String style = element.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        StringBuilder compact = new StringBuilder(style.length());
        for (int i = 0; i < style.length(); i++) {
            char c = style.charAt(i);
            if (!Character.isWhitespace(c)) {
                compact.append(Character.toLowerCase(c));
            }
        }
        String css = compact.toString();
        return hasDeclaration(css, "display:none") || hasDeclaration(css, "visibility:hidden");
    }

    /** {@code css} (lower case, no whitespace) holds the declaration itself, not a longer property ending like it. */
    private static boolean hasDeclaration(String css, String declaration) {
        int at = css.indexOf(declaration);
        while (at >= 0) {
            boolean startsProperty = at == 0 || css.charAt(at - 1) == ';' || css.charAt(at - 1) == '"'
                    || css.charAt(at - 1) == '\'';
            int after = at + declaration.length();
            boolean endsValue = after == css.length() || css.charAt(after) == ';' || css.charAt(after) == '!';
            if (startsProperty && endsValue) {
                return true;
            }
            at = css.indexOf(declaration, at + 1);
        }
        return false;
    }

    /** Tables holding at least one visible table: layout tables. */
    private static Set<Element> layoutTables(Element root) {
        Set<Element> layout = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Element> open = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int nodeDepth) {
                if (!(node instanceof Element)) {
                    return FilterResult.CONTINUE;
                }
                Element element = (Element) node;
                if (hidden(element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (element.normalName().equals("table")) {
                    if (!open.isEmpty()) {
                        layout.add(open.get(open.size() - 1));
                    }
                    open.add(element);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int nodeDepth) {
                if (node instanceof Element && ((Element) node).normalName().equals("table")) {
                    open.remove(open.size() - 1);
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return layout;
    }

    /** A span attribute as the HTML standard parses it: leading digits; anything else is 1. */
    static int span(Element cell, String attribute, int zero, int max) {
        String value = cell.attr(attribute).strip();
        int i = 0;
        long number = 0;
        while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
            number = Math.min(number * 10 + (value.charAt(i) - '0'), Integer.MAX_VALUE);
            i++;
        }
        if (i == 0) {
            return 1;
        }
        if (number == 0) {
            return zero;
        }
        return (int) Math.min(number, max);
    }

    /** Walks the body once, producing the items and the element table. Not thread-safe; one per page. */
    private static final class Flattener implements NodeFilter {
        private final Set<Element> layoutTables;
        private final List<PageItem> items = new ArrayList<>();
        private final BitSet contentContainers = new BitSet();
        private int[] parent = new int[256];
        private int[] depth = new int[256];
        private int[] last = new int[256];
        private int[] nonLinkChars = new int[256];
        private int count;
        private int[] open = new int[64];
        private int openCount;
        private int linkDepth;
        private int preDepth;
        private final InlineText line = new InlineText();
        private int lineElement = -1;
        private int lineChars;
        private int lineLinkChars;

        Flattener(Set<Element> layoutTables) {
            this.layoutTables = layoutTables;
        }

        @Override
        public FilterResult head(Node node, int nodeDepth) {
            if (node instanceof TextNode) {
                text(((TextNode) node).getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element)) {
                return FilterResult.CONTINUE;
            }
            Element element = (Element) node;
            if (hidden(element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = element.normalName();
            int index = open(element);
            if (BLOCKS.contains(tag) || tag.equals("br")) {
                flush();
            }
            if (tag.equals("table") && !layoutTables.contains(element)) {
                TableReader reader = new TableReader(element, linkDepth > 0);
                NodeTraversor.filter(reader, element);
                if (!reader.isTextFrame()) {
                    table(reader, index);
                    close();
                    return FilterResult.SKIP_ENTIRELY;
                }
            }
            if (tag.equals("a")) {
                linkDepth++;
            } else if (tag.equals("pre") || tag.equals("xmp") || tag.equals("listing") || tag.equals("plaintext")) {
                preDepth++;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int nodeDepth) {
            if (!(node instanceof Element)) {
                return FilterResult.CONTINUE;
            }
            String tag = ((Element) node).normalName();
            if (BLOCKS.contains(tag) || tag.equals("br")) {
                flush();
            }
            if (tag.equals("a")) {
                linkDepth--;
            } else if (tag.equals("pre") || tag.equals("xmp") || tag.equals("listing") || tag.equals("plaintext")) {
                preDepth--;
            }
            close();
            return FilterResult.CONTINUE;
        }

        private int open(Element element) {
            if (count == parent.length) {
                int size = count * 2;
                parent = Arrays.copyOf(parent, size);
                depth = Arrays.copyOf(depth, size);
                last = Arrays.copyOf(last, size);
                nonLinkChars = Arrays.copyOf(nonLinkChars, size);
            }
            int index = count++;
            parent[index] = openCount == 0 ? -1 : open[openCount - 1];
            depth[index] = openCount;
            if (isContentContainer(element)) {
                contentContainers.set(index);
            }
            if (openCount == open.length) {
                open = Arrays.copyOf(open, openCount * 2);
            }
            open[openCount++] = index;
            return index;
        }

        private void close() {
            int index = open[--openCount];
            last[index] = count - 1;
            if (openCount > 0) {
                nonLinkChars[open[openCount - 1]] += nonLinkChars[index];
            }
        }

        private int current() {
            return openCount == 0 ? 0 : open[openCount - 1];
        }

        private void text(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (preDepth > 0 && (c == '\n' || c == '\r')) {
                    flush();
                    continue;
                }
                if (preDepth > 0 && c == '\t') {
                    line.appendTab();
                    continue;
                }
                int before = line.visible();
                line.appendChar(c);
                if (line.visible() > before) {
                    if (lineElement < 0) {
                        lineElement = current();
                    }
                    lineChars++;
                    if (linkDepth > 0) {
                        lineLinkChars++;
                    } else {
                        nonLinkChars[current()]++;
                    }
                }
            }
        }

        void flush() {
            String text = line.take();
            if (!text.isEmpty()) {
                items.add(new PageItem.Line(text, lineElement, lineChars, lineLinkChars));
            }
            lineElement = -1;
            lineChars = 0;
            lineLinkChars = 0;
        }

        /** Adds a leaf table; its caption, if any, becomes a line before it. */
        private void table(TableReader reader, int index) {
            if (!reader.caption.isEmpty()) {
                items.add(new PageItem.Line(reader.caption, index, reader.captionChars, reader.captionLinkChars));
            }
            int chars = reader.chars + reader.captionChars;
            int linkChars = reader.linkChars + reader.captionLinkChars;
            nonLinkChars[index] += chars - linkChars;
            boolean anyCell = reader.rows.stream().anyMatch(row -> !row.isEmpty());
            if (anyCell) {
                items.add(new PageItem.Table(
                        reader.rows, index, reader.chars, reader.linkChars, reader.sample.toString()));
            }
        }

        private static boolean isContentContainer(Element element) {
            String id = element.id();
            if (!id.isEmpty() && CONTENT_IDS.contains(id.toLowerCase(Locale.ROOT))) {
                return true;
            }
            String classes = element.className();
            if (classes.isEmpty()) {
                return false;
            }
            for (String name : classes.split("\\s+")) {
                if (CONTENT_CLASSES.contains(name.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Reads the rows and cells of one leaf table. Not thread-safe; one per table. */
    private static final class TableReader implements NodeFilter {
        /** A cell with this many lines and {@link #FRAME_LINES_CHARS} characters holds paragraphs, not a label. */
        private static final int FRAME_CELL_LINES = 4;
        /** See {@link #FRAME_CELL_LINES}. */
        private static final int FRAME_LINES_CHARS = 150;
        /** A cell with this many characters holds running text, not a value or a label. */
        private static final int FRAME_CELL_CHARS = 400;

        private final Element table;
        private final boolean inLink;
        final List<List<PageItem.Cell>> rows = new ArrayList<>();
        final StringBuilder sample = new StringBuilder();
        String caption = "";
        int captionChars;
        int captionLinkChars;
        int chars;
        int linkChars;
        private int widestRow;
        private int longestCell;
        private int longestManyLineCell;

        TableReader(Element table, boolean inLink) {
            this.table = table;
            this.inLink = inLink;
        }

        /**
         * Whether the table only frames text, as portals built with tables frame their articles: a single column,
         * a cell of {@value #FRAME_CELL_CHARS} characters or more, or a cell of paragraphs (a label typed one
         * character per line, as narrow merged cells often are, is not; nor is any cell of a table printing the
         * labels of a report table). A frame is read like a layout table, line by line.
         */
        boolean isTextFrame() {
            if (widestRow <= 1 || longestCell >= FRAME_CELL_CHARS) {
                return true;
            }
            return longestManyLineCell >= FRAME_LINES_CHARS && !ContentRegion.isReportTableText(sample.toString());
        }

        @Override
        public FilterResult head(Node node, int nodeDepth) {
            if (node == table || !(node instanceof Element)) {
                return FilterResult.CONTINUE;
            }
            Element element = (Element) node;
            if (hidden(element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            switch (element.normalName()) {
                case "caption": {
                    CellText.Result text = CellText.of(element, inLink);
                    caption = text.text();
                    captionChars += text.chars();
                    captionLinkChars += text.linkChars();
                    return FilterResult.SKIP_ENTIRELY;
                }
                case "tr":
                    rows.add(new ArrayList<>());
                    return FilterResult.CONTINUE;
                case "td":
                case "th": {
                    if (rows.isEmpty()) {
                        rows.add(new ArrayList<>());
                    }
                    CellText.Result text = CellText.of(element, inLink);
                    chars += text.chars();
                    linkChars += text.linkChars();
                    if (sample.length() < TABLE_TEXT_SAMPLE) {
                        sample.append(text.text()).append('\t');
                    }
                    List<PageItem.Cell> row = rows.get(rows.size() - 1);
                    row.add(new PageItem.Cell(text.text(),
                            span(element, "colspan", 1, MAX_COLSPAN), span(element, "rowspan", 0, MAX_ROWSPAN)));
                    widestRow = Math.max(widestRow, row.size());
                    if (text.lines() >= FRAME_CELL_LINES) {
                        longestManyLineCell = Math.max(longestManyLineCell, text.chars());
                    }
                    longestCell = Math.max(longestCell, text.chars());
                    return FilterResult.SKIP_ENTIRELY;
                }
                case "table":
                    return FilterResult.SKIP_ENTIRELY;
                default:
                    return FilterResult.CONTINUE;
            }
        }
    }

    /** The text of a table cell: line breaks and paragraphs inside it read as soft breaks. */
    private static final class CellText implements NodeFilter {
        private final InlineText text = new InlineText();
        private int linkDepth;
        private int chars;
        private int linkChars;
        private int lines;
        private boolean lineEnded;

        private CellText(boolean inLink) {
            this.linkDepth = inLink ? 1 : 0;
        }

        static Result of(Element cell, boolean inLink) {
            CellText reader = new CellText(inLink);
            NodeTraversor.filter(reader, cell);
            return new Result(reader.text.take(), reader.chars, reader.linkChars, reader.lines);
        }

        @Override
        public FilterResult head(Node node, int nodeDepth) {
            if (node instanceof TextNode) {
                String value = ((TextNode) node).getWholeText();
                for (int i = 0; i < value.length(); i++) {
                    int before = text.visible();
                    text.appendChar(value.charAt(i));
                    if (text.visible() > before) {
                        if (chars == 0 || lineEnded) {
                            lines++;
                            lineEnded = false;
                        }
                        chars++;
                        if (linkDepth > 0) {
                            linkChars++;
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element)) {
                return FilterResult.CONTINUE;
            }
            Element element = (Element) node;
            if (hidden(element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = element.normalName();
            if (BLOCKS.contains(tag) || tag.equals("br")) {
                text.softBreak();
                lineEnded = true;
            }
            if (tag.equals("a")) {
                linkDepth++;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int nodeDepth) {
            if (node instanceof Element) {
                String tag = ((Element) node).normalName();
                if (BLOCKS.contains(tag) || tag.equals("br")) {
                    text.softBreak();
                    lineEnded = true;
                }
                if (tag.equals("a")) {
                    linkDepth--;
                }
            }
            return FilterResult.CONTINUE;
        }

        /** A cell's text, character counts and the number of lines it prints (separated by blocks or breaks). */
        record Result(String text, int chars, int linkChars, int lines) {}
    }
}
