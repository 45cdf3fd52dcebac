package org.nianbao.formats.pdf;

/**
 * A horizontal or vertical line the page draws (a table border), in display coordinates.
 *
 * @param horizontal true for a horizontal line
 * @param position its y (horizontal) or x (vertical)
 * @param start where it starts along its direction (smaller coordinate)
 * @param end where it ends (larger coordinate)
 */
record Ruling(boolean horizontal, float position, float start, float end) {
    float length() {
        return end - start;
    }

    /** Whether this line covers the coordinate {@code at} along its direction, give or take {@code tolerance}. */
    boolean covers(float at, float tolerance) {
        return at >= start - tolerance && at <= end + tolerance;
    }
}
