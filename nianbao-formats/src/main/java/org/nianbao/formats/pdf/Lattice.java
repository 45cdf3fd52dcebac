package org.nianbao.formats.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Tables rebuilt from a page's ruling lines: lines that cross form a table; the distinct x of its vertical lines
 * and y of its horizontal lines form a grid; a grid border no line draws joins the two cells beside it (a merged
 * cell). Deterministic; coordinates in points, display space.
 */
final class Lattice {
    /** Two positions closer than this (points) are one line. */
    static final float SAME = 2f;
    /** Lines whose ends come this close (points) touch. */
    private static final float TOUCH = 2.5f;

    private Lattice() {}

    /**
     * A table's grid: column edges {@code xs}, row edges {@code ys}, and for every grid cell the index of the
     * (possibly merged) cell it belongs to.
     */
    record Grid(float[] xs, float[] ys, int[][] owner) {
        int rows() {
            return ys.length - 1;
        }

        int columns() {
            return xs.length - 1;
        }

        float left() {
            return xs[0];
        }

        float right() {
            return xs[xs.length - 1];
        }

        float top() {
            return ys[0];
        }

        float bottom() {
            return ys[ys.length - 1];
        }

        /** Whether grid cell (row, column) is the top-left cell of its merged cell. */
        boolean isAnchor(int row, int column) {
            return owner[row][column] == row * columns() + column;
        }

        /** The grid cell holding point (x, y), as {@code row * columns + column}, or -1 outside. */
        int cellAt(float x, float y) {
            int column = index(xs, x);
            int row = index(ys, y);
            return column < 0 || row < 0 ? -1 : owner[row][column];
        }

        private static int index(float[] edges, float at) {
            if (at < edges[0] - SAME || at > edges[edges.length - 1] + SAME) {
                return -1;
            }
            int i = Arrays.binarySearch(edges, at);
            int index = i >= 0 ? i : -i - 2;
            return Math.max(0, Math.min(edges.length - 2, index));
        }
    }

    /** The tables the rulings draw, top to bottom. A frame of one row or one column is not a table. */
    static List<Grid> grids(List<Ruling> rulings) {
        List<Ruling> lines = merged(rulings);
        int n = lines.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            Ruling a = lines.get(i);
            for (int j = i + 1; j < n; j++) {
                Ruling b = lines.get(j);
                if (a.horizontal() != b.horizontal() && crosses(a, b)) {
                    union(parent, i, j);
                }
            }
        }
        List<List<Ruling>> clusters = new ArrayList<>();
        int[] clusterOf = new int[n];
        Arrays.fill(clusterOf, -1);
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (clusterOf[root] < 0) {
                clusterOf[root] = clusters.size();
                clusters.add(new ArrayList<>());
            }
            clusters.get(clusterOf[root]).add(lines.get(i));
        }
        List<Grid> grids = new ArrayList<>();
        for (List<Ruling> cluster : clusters) {
            Grid grid = grid(cluster);
            if (grid != null) {
                grids.add(grid);
            }
        }
        grids.sort(Comparator.comparingDouble(Grid::top));
        return grids;
    }

    private static boolean crosses(Ruling a, Ruling b) {
        Ruling h = a.horizontal() ? a : b;
        Ruling v = a.horizontal() ? b : a;
        return h.covers(v.position(), TOUCH) && v.covers(h.position(), TOUCH);
    }

    private static Grid grid(List<Ruling> cluster) {
        float[] xs = withOuterEdges(positions(cluster, false), cluster, true);
        float[] ys = withOuterEdges(positions(cluster, true), cluster, false);
        if (xs.length < 3 || ys.length < 3) {
            return null;
        }
        int rows = ys.length - 1;
        int columns = xs.length - 1;
        // merged cells are rectangles: grow each one right, then down, while no border separates the cells;
        // a border missing along only part of a merged cell (a producer's quirk) cannot make an L-shaped cell
        int[][] owner = new int[rows][columns];
        for (int[] row : owner) {
            Arrays.fill(row, -1);
        }
        for (int r = 0; r < rows; r++) {
            float middleY = (ys[r] + ys[r + 1]) / 2;
            for (int c = 0; c < columns; c++) {
                if (owner[r][c] >= 0) {
                    continue;
                }
                int width = 1;
                while (c + width < columns && owner[r][c + width] < 0 && !drawn(cluster, false, xs[c + width], middleY)) {
                    width++;
                }
                int height = 1;
                while (r + height < rows && opensDown(cluster, xs, ys, owner, r + height, c, width)) {
                    height++;
                }
                for (int i = r; i < r + height; i++) {
                    for (int j = c; j < c + width; j++) {
                        owner[i][j] = r * columns + c;
                    }
                }
            }
        }
        return new Grid(xs, ys, owner);
    }

    /**
     * The edges, extended to where the lines of the other direction reach: a table whose outer border is not
     * drawn (or drawn in a way we do not read) still ends where its inner lines end.
     */
    private static float[] withOuterEdges(float[] edges, List<Ruling> cluster, boolean otherHorizontal) {
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (Ruling ruling : cluster) {
            if (ruling.horizontal() == otherHorizontal) {
                min = Math.min(min, ruling.start());
                max = Math.max(max, ruling.end());
            }
        }
        if (edges.length == 0 || min > max) {
            return edges;
        }
        FloatList extended = new FloatList();
        if (edges[0] - min > 2 * SAME) {
            extended.add(min);
        }
        for (float edge : edges) {
            extended.add(edge);
        }
        if (max - edges[edges.length - 1] > 2 * SAME) {
            extended.add(max);
        }
        return extended.toArray();
    }

    /** Whether the cells of {@code row}, columns {@code c}…{@code c + width - 1}, continue the cell above them. */
    private static boolean opensDown(List<Ruling> cluster, float[] xs, float[] ys, int[][] owner, int row, int c,
            int width) {
        float middleY = (ys[row] + ys[row + 1]) / 2;
        for (int j = c; j < c + width; j++) {
            if (owner[row][j] >= 0 || drawn(cluster, true, ys[row], (xs[j] + xs[j + 1]) / 2)) {
                return false;
            }
            if (j > c && drawn(cluster, false, xs[j], middleY)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a line of the given direction lies at {@code position} and covers {@code at}. */
    private static boolean drawn(List<Ruling> cluster, boolean horizontal, float position, float at) {
        for (Ruling ruling : cluster) {
            if (ruling.horizontal() == horizontal
                    && Math.abs(ruling.position() - position) <= SAME
                    && ruling.covers(at, 0)) {
                return true;
            }
        }
        return false;
    }

    /** The distinct positions of the lines of one direction, close ones taken as one. */
    private static float[] positions(List<Ruling> cluster, boolean horizontal) {
        float[] all = cluster.stream()
                .filter(r -> r.horizontal() == horizontal)
                .map(Ruling::position)
                .sorted()
                .collect(() -> new FloatList(), FloatList::add, FloatList::addAll)
                .toArray();
        FloatList distinct = new FloatList();
        for (float p : all) {
            if (distinct.size() == 0 || p - distinct.last() > SAME) {
                distinct.add(p);
            }
        }
        return distinct.toArray();
    }

    /** Joins collinear pieces of the same line (producers draw a border cell by cell). */
    static List<Ruling> merged(List<Ruling> rulings) {
        List<Ruling> sorted = new ArrayList<>(rulings);
        sorted.sort(Comparator.comparing(Ruling::horizontal)
                .thenComparingDouble(Ruling::position)
                .thenComparingDouble(Ruling::start));
        List<Ruling> merged = new ArrayList<>();
        for (Ruling r : sorted) {
            if (!merged.isEmpty()) {
                Ruling last = merged.get(merged.size() - 1);
                if (last.horizontal() == r.horizontal()
                        && Math.abs(last.position() - r.position()) <= SAME
                        && r.start() <= last.end() + TOUCH) {
                    merged.set(merged.size() - 1, new Ruling(
                            last.horizontal(), last.position(), last.start(), Math.max(last.end(), r.end())));
                    continue;
                }
            }
            merged.add(r);
        }
        return merged;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** A growable float array. */
    private static final class FloatList {
        private float[] values = new float[16];
        private int size;

        void add(float value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void addAll(FloatList other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }

        int size() {
            return size;
        }

        float last() {
            return values[size - 1];
        }

        float[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
