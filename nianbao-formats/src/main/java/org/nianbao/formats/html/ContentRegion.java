package org.nianbao.formats.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Chooses the article body of a page among the portal's menus, breadcrumbs, share buttons, related links and
 * footers. Deterministic, and generous where unsure: the recognizer ignores extra lines well but cannot recover a
 * lost one.
 *
 * <ol>
 *   <li>Markers of a report are its section headings (a short line 「一、总体情况」 … 「六、其他需要报告的事项」
 *       that is not a link) and its tables (a table printing 「本年新收」, 「申请人情况」, 「第二十条」…). With two or
 *       more of them in different elements, the body is the innermost element holding them all.
 *   <li>Otherwise, a well-known content container ({@code .TRS_Editor}, {@code #zoom}, {@code #UCAP-CONTENT},
 *       {@code .article}, {@code .content}…) holding at least half of the page's non-link text, the largest such.
 *   <li>Otherwise, by text density: the innermost element holding at least {@value #DENSITY_PERCENT}% of the
 *       page's non-link text in more than one line or table (a single paragraph is never the whole body).
 * </ol>
 *
 * <p>The title is never lost: when the body has no title line before its first heading (among its first
 * {@value #TITLE_LOOKBACK} items), the nearest title line (「…政府信息公开工作年度报告」, not a link, possibly
 * broken over two lines) among the {@value #TITLE_LOOKBACK} items before the body is taken in, with whatever stands
 * between it and the body (publication date, source); failing that, the page's {@code <title>} is used. Breadcrumb
 * lines (「当前位置：首页 > …」) near the start and before the first heading are dropped: they may repeat the title
 * with the site's path in front of it.
 */
final class ContentRegion {
    /** Share of the page's non-link text the density fallback wants in the body. */
    static final int DENSITY_PERCENT = 80;
    /** How many items before the body are searched for its title. */
    static final int TITLE_LOOKBACK = 40;
    private static final int HEADING_MAX_CHARS = 40;
    private static final int TITLE_MAX_CHARS = 120;
    private static final List<String> HEADING_WORDS = List.of(
            "总体情况", "主动公开", "收到和处理", "依申请公开", "行政复议", "行政诉讼", "存在的主要问题", "改进情况",
            "其他需要报告");
    private static final List<String> TABLE_WORDS = List.of(
            "本年新收", "申请人情况", "第二十条", "本年制发件数", "本年新制作数量", "结果维持", "结果纠正");
    private static final Pattern HEADING_START = Pattern.compile(
            "^#*(?:第?[一二三四五六](?:[、.．,，:：]|部分|(?=总体|主动|收到|依申请|政府信息|行政复议|存在|其他))|[1-6][、.．])");
    private static final Pattern BREADCRUMB_START =
            Pattern.compile("^(?:(?:当前|您的|您现在的|您当前的|您当前|当前所在|所在)位置|位置[:：])");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s*(?:[_|｜]|\\s[-–—]+\\s|--+|——)\\s*");

    private ContentRegion() {}

    /**
     * The items of the body in reading order, the title taken in as described above.
     *
     * @param page the flattened page
     * @return the items to emit; empty only when the page has none
     */
    static List<PageItem> select(HtmlPage page) {
        List<PageItem> items = page.items;
        if (items.isEmpty()) {
            return List.of();
        }
        int body = body(page);
        int first = -1;
        int last = -1;
        for (int i = 0; i < items.size(); i++) {
            if (page.within(items.get(i).element(), body)) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            first = 0;
            last = items.size() - 1;
        }
        int firstHeading = last + 1;
        for (int i = first; i <= last; i++) {
            if (isHeading(items.get(i))) {
                firstHeading = i;
                break;
            }
        }
        int head = Math.min(firstHeading, first + TITLE_LOOKBACK);
        boolean titled = false;
        for (int i = first; i < head; i++) {
            if (titleStart(items, i, first) >= 0) {
                titled = true;
                break;
            }
        }
        if (!titled) {
            for (int i = first - 1; i >= 0 && i >= first - TITLE_LOOKBACK; i--) {
                int start = titleStart(items, i, 0);
                if (start >= 0) {
                    first = start;
                    titled = true;
                    break;
                }
            }
        }
        List<PageItem> selected = new ArrayList<>(last - first + 2);
        if (!titled) {
            String title = pageTitle(page.title);
            if (!title.isEmpty()) {
                selected.add(new PageItem.Line(title, 0, title.length(), 0));
            }
        }
        int breadcrumbsEnd = Math.min(firstHeading, first + 2 * TITLE_LOOKBACK);
        for (int i = first; i <= last; i++) {
            PageItem item = items.get(i);
            if (i < breadcrumbsEnd && isBreadcrumb(item)) {
                continue;
            }
            selected.add(item);
        }
        return selected;
    }

    /** The element holding the article body; see the class comment. */
    static int body(HtmlPage page) {
        int common = -1;
        boolean apart = false;
        for (PageItem item : page.items) {
            if (isHeading(item) || isReportTable(item)) {
                if (common >= 0 && item.element() != common) {
                    apart = true;
                }
                common = common < 0 ? item.element() : commonAncestor(page, common, item.element());
            }
        }
        if (apart) {
            return common;
        }
        long total = page.nonLinkChars(0);
        int best = -1;
        for (int element = 0; element < page.elements(); element++) {
            long chars = page.nonLinkChars(element);
            if (page.isContentContainer(element) && total > 0 && chars * 2 >= total
                    && (best < 0 || chars > page.nonLinkChars(best))) {
                best = element;
            }
        }
        if (best >= 0) {
            return best;
        }
        for (int element = page.elements() - 1; element > 0; element--) {
            boolean dense = total > 0 && (long) page.nonLinkChars(element) * 100 >= total * DENSITY_PERCENT;
            if (dense && page.items(element) >= 2) {
                return element;
            }
        }
        return 0;
    }

    private static int commonAncestor(HtmlPage page, int a, int b) {
        int x = a;
        int y = b;
        while (page.depth(x) > page.depth(y)) {
            x = page.parent(x);
        }
        while (page.depth(y) > page.depth(x)) {
            y = page.parent(y);
        }
        while (x != y) {
            x = page.parent(x);
            y = page.parent(y);
        }
        return x;
    }

    /** A section heading: a short line 「一、总体情况」…, not a link. */
    static boolean isHeading(PageItem item) {
        if (!(item instanceof PageItem.Line) || item.allLinks()) {
            return false;
        }
        String line = ((PageItem.Line) item).text();
        if (line.length() > HEADING_MAX_CHARS * 4) {
            return false;
        }
        String text = compact(line);
        if (text.length() > HEADING_MAX_CHARS || !HEADING_START.matcher(text).find()) {
            return false;
        }
        for (String word : HEADING_WORDS) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** One of the report's tables, by the labels it prints. */
    static boolean isReportTable(PageItem item) {
        if (!(item instanceof PageItem.Table)) {
            return false;
        }
        return isReportTableText(((PageItem.Table) item).text());
    }

    /** Whether a table's text prints the labels of a report table. */
    static boolean isReportTableText(String tableText) {
        String text = compact(tableText);
        for (String word : TABLE_WORDS) {
            if (text.contains(word)) {
                return true;
            }
        }
        return text.contains("行政复议") && text.contains("行政诉讼");
    }

    /**
     * Where the title ending at item {@code i} starts: {@code i} for a title line, {@code i - 1} for a title broken
     * over two lines ({@code <br>} in a heading), -1 for no title; never before {@code floor}.
     */
    private static int titleStart(List<PageItem> items, int i, int floor) {
        PageItem item = items.get(i);
        if (isTitle(item)) {
            return i;
        }
        if (i - 1 < floor || !isPlainLine(item) || !isPlainLine(items.get(i - 1))) {
            return -1;
        }
        String joined = ((PageItem.Line) items.get(i - 1)).text() + ((PageItem.Line) item).text();
        return isTitleText(compact(joined)) ? i - 1 : -1;
    }

    private static boolean isPlainLine(PageItem item) {
        return item instanceof PageItem.Line && !item.allLinks() && !isBreadcrumb(item);
    }

    /** A report title line, not a link and not a breadcrumb. */
    static boolean isTitle(PageItem item) {
        if (!(item instanceof PageItem.Line) || item.allLinks() || isBreadcrumb(item)) {
            return false;
        }
        return isTitleText(compact(((PageItem.Line) item).text()));
    }

    private static boolean isTitleText(String text) {
        return text.length() <= TITLE_MAX_CHARS && text.contains("信息公开")
                && (text.contains("报告") || text.contains("年报"));
    }

    /** A breadcrumb: 「当前位置：首页 > 政务公开 > …」. */
    static boolean isBreadcrumb(PageItem item) {
        if (!(item instanceof PageItem.Line)) {
            return false;
        }
        String text = compact(((PageItem.Line) item).text());
        if (BREADCRUMB_START.matcher(text).find()) {
            return true;
        }
        if (!text.startsWith("首页")) {
            return false;
        }
        String rest = text.substring(2);
        return rest.startsWith(">") || rest.startsWith("＞") || rest.startsWith("»") || rest.startsWith("›")
                || rest.startsWith("→") || rest.startsWith("/") || rest.startsWith("-");
    }

    /** The report title in the page's {@code <title>} (site name and separators removed), or empty. */
    static String pageTitle(String title) {
        for (String part : TITLE_SEPARATOR.split(title.strip())) {
            String text = compact(part);
            if (isTitleText(text)) {
                return text;
            }
        }
        return "";
    }

    private static String compact(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!InlineText.isSpace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
