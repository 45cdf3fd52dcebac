package org.nianbao.formats.pdf;

/**
 * One character as the page shows it, in display coordinates (points, origin at the top left, y downwards).
 *
 * @param x left edge
 * @param baseline the baseline's y
 * @param width advance width
 * @param height glyph height (font size when the font does not say)
 * @param text the character(s) it stands for
 */
record Glyph(float x, float baseline, float width, float height, String text) {
    float right() {
        return x + width;
    }

    float top() {
        return baseline - height;
    }

    float centerX() {
        return x + width / 2;
    }

    float centerY() {
        return baseline - height / 2;
    }
}
