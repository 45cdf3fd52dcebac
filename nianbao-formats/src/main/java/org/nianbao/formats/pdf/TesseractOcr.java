package org.nianbao.formats.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads a scanned page with the Tesseract command ({@code tesseract}, Simplified Chinese data {@code chi_sim}),
 * when it is installed (Debian: {@code tesseract-ocr tesseract-ocr-chi-sim}). The page is rendered in grey at
 * {@value #DPI} dpi; long straight dark runs are the table's lines — they become {@link Ruling}s, so the scanned
 * table is rebuilt like a drawn one, and are erased before recognition so that Tesseract does not read them as
 * characters. Each recognized word becomes a {@link Glyph} in points. Thread-safe.
 */
final class TesseractOcr {
    static final int DPI = 300;
    /** The longest a page may take. */
    static final int PAGE_SECONDS = 120;
    private static final float POINTS_PER_PIXEL = 72f / DPI;
    private static final int DARK = 180;
    /** Light pixels a line may skip (scan noise, JPEG) and still be one line. */
    private static final int GAP = 3;
    /** A horizontal dark run this long (pixels; 1/2 inch) is a line, not a stroke of a character. */
    private static final int MIN_HORIZONTAL = DPI / 2;
    /** A vertical dark run this long (pixels; about 14 pt) is a line. */
    private static final int MIN_VERTICAL = DPI / 5;

    private final String command;

    private TesseractOcr(String command) {
        this.command = command;
    }

    /** Tesseract with Simplified Chinese, if this machine has it. */
    static Optional<TesseractOcr> find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "tesseract");
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                try {
                    Process process = new ProcessBuilder(candidate.toString(), "--list-langs")
                            .redirectErrorStream(true)
                            .start();
                    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    if (process.waitFor(20, TimeUnit.SECONDS) && out.lines().anyMatch("chi_sim"::equals)) {
                        return Optional.of(new TesseractOcr(candidate.toString()));
                    }
                } catch (IOException e) {
                    return Optional.empty();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** What OCR read from one page. */
    record Page(List<Glyph> glyphs, List<Ruling> rulings) {}

    /** Renders and reads the 0-based page {@code index}. */
    Page read(PDDocument document, int index) throws IOException {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(index, DPI, ImageType.GRAY);
        List<Ruling> rulings = new ArrayList<>();
        eraseLines(image, rulings);
        Path png = Files.createTempFile("nianbao-ocr-", ".png");
        try {
            ImageIO.write(image, "png", png.toFile());
            Process process = new ProcessBuilder(
                            command, png.toString(), "stdout", "-l", "chi_sim", "--psm", "6", "tsv")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            byte[] tsv = process.getInputStream().readAllBytes();
            if (!process.waitFor(PAGE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("文字识别超时");
            }
            if (process.exitValue() != 0) {
                throw new IOException("tesseract 退出码 " + process.exitValue());
            }
            return new Page(words(new String(tsv, StandardCharsets.UTF_8)), rulings);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("文字识别被中断", e);
        } finally {
            Files.deleteIfExists(png);
        }
    }

    /** The words of Tesseract's TSV output (level 5 rows), as glyphs in points. */
    static List<Glyph> words(String tsv) {
        List<Glyph> glyphs = new ArrayList<>();
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !"5".equals(f[0])) {
                continue;
            }
            String text = f[11].strip();
            if (text.isEmpty()) {
                continue;
            }
            float left = Integer.parseInt(f[6]) * POINTS_PER_PIXEL;
            float top = Integer.parseInt(f[7]) * POINTS_PER_PIXEL;
            float width = Integer.parseInt(f[8]) * POINTS_PER_PIXEL;
            float height = Math.max(1, Integer.parseInt(f[9])) * POINTS_PER_PIXEL;
            glyphs.add(new Glyph(left, top + height, width, height, text));
        }
        return glyphs;
    }

    /** Finds long dark horizontal and vertical runs, records them as rulings (points) and paints them white. */
    private static void eraseLines(BufferedImage image, List<Ruling> rulings) {
        WritableRaster raster = image.getRaster();
        int width = raster.getWidth();
        int height = raster.getHeight();
        boolean[][] line = new boolean[height][width];
        for (int y = 0; y < height; y++) {
            int start = -1;
            int last = -1;
            for (int x = 0; x <= width; x++) {
                boolean dark = x < width && dark(raster, x, y);
                if (dark) {
                    if (start < 0 || x - last > GAP + 1) {
                        start = horizontalRun(line, rulings, y, start, last);
                        start = x;
                    }
                    last = x;
                }
            }
            horizontalRun(line, rulings, y, start, last);
        }
        for (int x = 0; x < width; x++) {
            int start = -1;
            int last = -1;
            for (int y = 0; y <= height; y++) {
                boolean dark = y < height && dark(raster, x, y);
                if (dark) {
                    if (start < 0 || y - last > GAP + 1) {
                        verticalRun(line, rulings, x, start, last);
                        start = y;
                    }
                    last = y;
                }
            }
            verticalRun(line, rulings, x, start, last);
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (line[y][x]) {
                    raster.setSample(x, y, 0, 255);
                }
            }
        }
    }

    /** Records the run [start, last] of row y if it is long enough to be a line; returns -1. */
    private static int horizontalRun(boolean[][] line, List<Ruling> rulings, int y, int start, int last) {
        if (start >= 0 && last - start + 1 >= MIN_HORIZONTAL) {
            for (int i = start; i <= last; i++) {
                line[y][i] = true;
            }
            rulings.add(new Ruling(true, y * POINTS_PER_PIXEL, start * POINTS_PER_PIXEL, (last + 1) * POINTS_PER_PIXEL));
        }
        return -1;
    }

    /** Records the run [start, last] of column x if it is long enough to be a line. */
    private static void verticalRun(boolean[][] line, List<Ruling> rulings, int x, int start, int last) {
        if (start >= 0 && last - start + 1 >= MIN_VERTICAL) {
            for (int i = start; i <= last; i++) {
                line[i][x] = true;
            }
            rulings.add(new Ruling(false, x * POINTS_PER_PIXEL, start * POINTS_PER_PIXEL, (last + 1) * POINTS_PER_PIXEL));
        }
    }

    private static boolean dark(Raster raster, int x, int y) {
        return raster.getSample(x, y, 0) < DARK;
    }
}
