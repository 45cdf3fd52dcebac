package org.nianbao.formats.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects the horizontal and vertical lines a page draws: stroked line segments and rectangle edges, and filled
 * rectangles thin enough to be a border (Word and WPS draw borders both ways). Curves, images and text are
 * ignored. Coordinates are turned into display space (origin top left of the crop box).
 */
final class RulingCollector extends PDFGraphicsStreamEngine {
    /** A filled rectangle at most this thick (points) is a line. */
    private static final float MAX_THICKNESS = 3f;
    /** Lines shorter than this (points) are not borders (underline dots, bullets). */
    private static final float MIN_LENGTH = 3f;
    private static final float STRAIGHT = 1f;

    private final List<Ruling> rulings = new ArrayList<>();
    private final List<float[]> segments = new ArrayList<>();
    private final List<Point2D[]> rectangles = new ArrayList<>();
    private final float left;
    private final float top;
    private Point2D.Float current = new Point2D.Float();
    private Point2D.Float subpathStart = new Point2D.Float();
    private int images;

    RulingCollector(PDPage page) {
        super(page);
        PDRectangle crop = page.getCropBox();
        this.left = crop.getLowerLeftX();
        this.top = crop.getUpperRightY();
    }

    /** Processes the page and returns its lines. */
    List<Ruling> collect() throws IOException {
        processPage(getPage());
        return rulings;
    }

    /** How many images the page drew (a scanned page is one image and no text). */
    int images() {
        return images;
    }

    /** Text is the glyph collector's business: skipping it here spares decoding every font twice. */
    @Override
    public void showTextString(byte[] string) {
        // not drawn
    }

    @Override
    public void showTextStrings(COSArray array) {
        // not drawn
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        rectangles.add(new Point2D[] {p0, p1, p2, p3});
        current = new Point2D.Float((float) p0.getX(), (float) p0.getY());
        subpathStart = current;
    }

    @Override
    public void drawImage(PDImage pdImage) {
        images++;
    }

    @Override
    public void clip(int windingRule) {
        // clipping paths are not drawn
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        subpathStart = current;
    }

    @Override
    public void lineTo(float x, float y) {
        segments.add(new float[] {current.x, current.y, x, y});
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        segments.add(new float[] {current.x, current.y, subpathStart.x, subpathStart.y});
        current = subpathStart;
    }

    @Override
    public void endPath() {
        clearPath();
    }

    @Override
    public void strokePath() {
        for (float[] s : segments) {
            addSegment(s[0], s[1], s[2], s[3]);
        }
        for (Point2D[] r : rectangles) {
            for (int i = 0; i < 4; i++) {
                Point2D a = r[i];
                Point2D b = r[(i + 1) % 4];
                addSegment((float) a.getX(), (float) a.getY(), (float) b.getX(), (float) b.getY());
            }
        }
        clearPath();
    }

    @Override
    public void fillPath(int windingRule) {
        for (Point2D[] r : rectangles) {
            addFilledRectangle(r);
        }
        // a filled closed path of four straight segments is a rectangle too (some producers draw borders so)
        if (segments.size() >= 3 && segments.size() <= 5) {
            float minX = Float.MAX_VALUE;
            float minY = Float.MAX_VALUE;
            float maxX = -Float.MAX_VALUE;
            float maxY = -Float.MAX_VALUE;
            for (float[] s : segments) {
                if (Math.abs(s[0] - s[2]) > STRAIGHT && Math.abs(s[1] - s[3]) > STRAIGHT) {
                    minX = Float.NaN;
                    break;
                }
                minX = Math.min(minX, Math.min(s[0], s[2]));
                maxX = Math.max(maxX, Math.max(s[0], s[2]));
                minY = Math.min(minY, Math.min(s[1], s[3]));
                maxY = Math.max(maxY, Math.max(s[1], s[3]));
            }
            if (!Float.isNaN(minX)) {
                addBox(minX, minY, maxX, maxY);
            }
        }
        clearPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shadings are backgrounds, not borders
    }

    private void clearPath() {
        segments.clear();
        rectangles.clear();
    }

    private void addFilledRectangle(Point2D[] r) {
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (Point2D p : r) {
            minX = Math.min(minX, (float) p.getX());
            maxX = Math.max(maxX, (float) p.getX());
            minY = Math.min(minY, (float) p.getY());
            maxY = Math.max(maxY, (float) p.getY());
        }
        addBox(minX, minY, maxX, maxY);
    }

    /** A filled box: a horizontal or vertical line when thin, else a background (ignored). */
    private void addBox(float minX, float minY, float maxX, float maxY) {
        float width = maxX - minX;
        float height = maxY - minY;
        if (height <= MAX_THICKNESS && width >= MIN_LENGTH) {
            add(true, top - (minY + maxY) / 2, minX - left, maxX - left);
        } else if (width <= MAX_THICKNESS && height >= MIN_LENGTH) {
            add(false, (minX + maxX) / 2 - left, top - maxY, top - minY);
        }
    }

    private void addSegment(float x0, float y0, float x1, float y1) {
        if (Math.abs(y0 - y1) <= STRAIGHT) {
            add(true, top - (y0 + y1) / 2, Math.min(x0, x1) - left, Math.max(x0, x1) - left);
        } else if (Math.abs(x0 - x1) <= STRAIGHT) {
            add(false, (x0 + x1) / 2 - left, top - Math.max(y0, y1), top - Math.min(y0, y1));
        }
    }

    private void add(boolean horizontal, float position, float start, float end) {
        if (end - start >= MIN_LENGTH) {
            rulings.add(new Ruling(horizontal, position, start, end));
        }
    }
}
