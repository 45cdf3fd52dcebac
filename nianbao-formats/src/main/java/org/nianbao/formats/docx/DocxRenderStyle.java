package org.nianbao.formats.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHpsMeasure;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

/**
 * The typography of a rendered report, after the layout of official documents (GB/T 9704): the fonts by name, the
 * sizes, paragraph spacing, and the small WordprocessingML helpers that write them. Fonts are named, not embedded;
 * the document's font table names a common substitute for each (方正小标宋简体 → 宋体) so that Word and WPS fall back
 * to a font every Chinese system has.
 */
final class DocxRenderStyle {
    static final String TITLE_FONT = "方正小标宋简体";
    static final String HEADING_FONT = "黑体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String TABLE_FONT = "宋体";

    /** Sizes in points. */
    static final double TITLE_SIZE = 22;
    static final double HEADING_SIZE = 16;
    static final double BODY_SIZE = 16;
    static final double NOTE_SIZE = 10.5;
    static final double PAGE_NUMBER_SIZE = 14;

    /** A4 portrait, in twips. */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    /** GB/T 9704 margins: top 3.7 cm, bottom 3.5 cm, left 2.8 cm, right 2.6 cm. */
    static final int MARGIN_TOP = twips(3.7);
    static final int MARGIN_BOTTOM = twips(3.5);
    static final int MARGIN_LEFT = twips(2.8);
    static final int MARGIN_RIGHT = twips(2.6);
    /** The width of the text block (15.6 cm), which every table fits. */
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    /** Exact line pitch of body text: 28 pt, 22 lines to the page. */
    static final int BODY_LINE = 560;

    /** Red for errors, dark amber for warnings and notes (markers and severities). */
    static final String ERROR_COLOR = "C00000";
    static final String WARNING_COLOR = "9C5700";

    private static final String FONT_TABLE_PART = "/word/fontTable.xml";
    private static final String FONT_TABLE_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
    private static final String FONT_TABLE_RELATION =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";

    /** The font table: each named font with its GB2312 charset and a common substitute. */
    private static final byte[] FONT_TABLE = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:fonts xmlns:w=\"" + DocxBodyWalker.W + "\">"
            + font("宋体", "SimSun", "02010600030101010101", "modern", "fixed")
            + font("黑体", "SimHei", "02010609060101010101", "modern", "fixed")
            + font("仿宋_GB2312", "仿宋", "02010609030101010101", "modern", "fixed")
            + font("方正小标宋简体", "宋体", "02000000000000000000", "script", "variable")
            + "</w:fonts>").getBytes(StandardCharsets.UTF_8);

    private DocxRenderStyle() {}

    static int twips(double centimetres) {
        return (int) Math.round(centimetres * 1440 / 2.54);
    }

    private static String font(String name, String alternative, String panose, String family, String pitch) {
        return "<w:font w:name=\"" + name + "\"><w:altName w:val=\"" + alternative + "\"/>"
                + "<w:panose1 w:val=\"" + panose + "\"/><w:charset w:val=\"86\"/>"
                + "<w:family w:val=\"" + family + "\"/><w:pitch w:val=\"" + pitch + "\"/></w:font>";
    }

    /** Adds the font table part (POI's new documents have none). */
    static void addFontTable(XWPFDocument document) {
        try {
            OPCPackage pkg = document.getPackage();
            PackagePartName name = PackagingURIHelper.createPartName(FONT_TABLE_PART);
            PackagePart part = pkg.createPart(name, FONT_TABLE_TYPE);
            try (OutputStream out = part.getOutputStream()) {
                out.write(FONT_TABLE);
            }
            document.getPackagePart().addRelationship(name, TargetMode.INTERNAL, FONT_TABLE_RELATION);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds the styles part with the document defaults: 宋体 and Chinese (zh-CN) as the East Asian language, so that
     * line breaking follows Chinese rules; every run still names its own font.
     */
    static void addStyles(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts(fonts, TABLE_FONT);
        styles.setDefaultFonts(fonts);
        styles.setEastAsia("zh-CN");
        styles.setSpellingLanguage("zh-CN");
    }

    /** Paragraph properties: alignment and spacing; {@code line} in twips, exact when positive, else single. */
    static CTPPr paragraph(CTP p, STJc.Enum alignment, int line, int after) {
        CTPPr pPr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
        CTSpacing spacing = pPr.addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.valueOf(after));
        if (line > 0) {
            spacing.setLine(BigInteger.valueOf(line));
            spacing.setLineRule(STLineSpacingRule.EXACT);
        } else {
            spacing.setLine(BigInteger.valueOf(240));
            spacing.setLineRule(STLineSpacingRule.AUTO);
        }
        pPr.addNewJc().setVal(alignment);
        return pPr;
    }

    /** A first-line indent of two characters of the given size. */
    static void indentTwoCharacters(CTPPr pPr, double size) {
        CTInd ind = pPr.addNewInd();
        ind.setFirstLineChars(BigInteger.valueOf(200));
        ind.setFirstLine(BigInteger.valueOf(Math.round(size * 40)));
    }

    /** The font and size of the paragraph mark, so that an empty paragraph is as tall as its text would be. */
    static void markFont(CTPPr pPr, String font, double size) {
        CTParaRPr rPr = pPr.addNewRPr();
        fonts(rPr.addNewRFonts(), font);
        half(rPr.addNewSz(), size);
        half(rPr.addNewSzCs(), size);
    }

    /** Appends a run of text in the font and size. */
    static CTR run(CTP p, String text, String font, double size, boolean bold) {
        CTR r = p.addNewR();
        text(r, text, font, size, bold);
        return r;
    }

    /** Gives an empty run its font, size and text. */
    static void text(CTR r, String text, String font, double size, boolean bold) {
        CTRPr rPr = r.addNewRPr();
        fonts(rPr.addNewRFonts(), font);
        if (bold) {
            rPr.addNewB();
            rPr.addNewBCs();
        }
        half(rPr.addNewSz(), size);
        half(rPr.addNewSzCs(), size);
        CTText t = r.addNewT();
        String clean = xmlText(text);
        t.setStringValue(clean);
        if (clean.indexOf(' ') >= 0) {
            t.setSpace(SpaceAttribute.Space.PRESERVE);
        }
    }

    /**
     * The text as XML 1.0 can hold it: tabs and line breaks become spaces (a paragraph is one line here), and
     * other control characters, lone surrogates and U+FFFE/U+FFFF, which would make the file unreadable, are
     * dropped. Text without them (all of it, in practice) is returned as it is.
     */
    static String xmlText(String text) {
        int i = 0;
        while (i < text.length() && isXmlChar(text, i)) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int j = 0; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\t' || c == '\n' || c == '\r') {
                clean.append(' ');
            } else if (isXmlChar(text, j)) {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    private static boolean isXmlChar(String text, int index) {
        char c = text.charAt(index);
        if (c < 0x20) {
            return false; // tab and line breaks too: replaced by spaces
        }
        if (Character.isHighSurrogate(c)) {
            return index + 1 < text.length() && Character.isLowSurrogate(text.charAt(index + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return index > 0 && Character.isHighSurrogate(text.charAt(index - 1));
        }
        return c != '\uFFFE' && c != '\uFFFF';
    }

    /** Colours a run (hex RRGGBB). */
    static void color(CTR r, String hex) {
        r.getRPr().addNewColor().setVal(hex);
    }

    private static void fonts(CTFonts fonts, String font) {
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setEastAsia(font);
        fonts.setCs(font);
        fonts.setHint(STHint.EAST_ASIA);
    }

    private static void half(CTHpsMeasure measure, double points) {
        measure.setVal(BigInteger.valueOf(Math.round(points * 2)));
    }
}
