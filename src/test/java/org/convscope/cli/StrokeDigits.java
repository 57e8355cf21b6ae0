package org.convscope.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * A test set of digits drawn as strokes, the way someone draws on the pad, and unlike MNIST's own
 * images: each digit is one or two polylines in a unit box, bent a little, stretched, slanted and
 * turned, then drawn with a round pen of varying thickness at any size and place on a 280×280
 * square. About one in seven is dark ink on white, as a scanned or exported drawing would be.
 * Seeded: the same seed gives the same files.
 *
 * <p>Write a set to a folder with {@code java -cp target/classes:target/test-classes
 * org.convscope.cli.StrokeDigits OUT [PER_DIGIT] [SEED]}; files are named {@code <digit>_<n>.png}, so
 * {@code predict --image OUT} prints the accuracy.
 */
final class StrokeDigits {
    static final int SIZE = 280;
    static final long SEED = 20240607L;

    private StrokeDigits() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: StrokeDigits OUT_DIR [PER_DIGIT=50] [SEED=" + SEED + "]");
            System.exit(2);
        }
        int perDigit = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : SEED;
        List<Path> files = write(Path.of(args[0]), perDigit, seed);
        System.out.println("wrote " + files.size() + " images to " + args[0]);
    }

    /** {@code perDigit} images of each digit 0–9 in {@code dir}, named {@code <digit>_<nnnn>.png}. */
    static List<Path> write(Path dir, int perDigit, long seed) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom rng = new SplittableRandom(seed);
        List<Path> files = new ArrayList<>();
        for (int n = 0; n < perDigit; n++) {
            for (int digit = 0; digit <= 9; digit++) {
                Path file = dir.resolve(String.format(Locale.ROOT, "%d_%04d.png", digit, n));
                ImageIO.write(render(digit, rng.split()), "png", file.toFile());
                files.add(file);
            }
        }
        return files;
    }

    /** One drawing of {@code digit}. */
    static BufferedImage render(int digit, SplittableRandom rng) {
        List<List<double[]>> strokes = new ArrayList<>();
        for (Pen p : DigitShapes.of(digit, rng)) strokes.add(p.points());
        Transform t = Transform.random(digit, rng);
        for (List<double[]> s : strokes) s.replaceAll(t::apply);

        double[] box = bounds(strokes);
        double height = rng.nextDouble(70, 250);
        double scale = height / Math.max(box[3] - box[1], 1e-6);
        double width = (box[2] - box[0]) * scale;
        if (width > 250) {
            scale *= 250 / width;
            width = 250;
            height = (box[3] - box[1]) * scale;
        }
        double pen = Math.max(6, Math.min(32, height * rng.nextDouble(0.07, 0.15)));
        double margin = pen / 2 + 2;
        double left = rng.nextDouble(margin, Math.max(margin + 1e-6, SIZE - margin - width));
        double top = rng.nextDouble(margin, Math.max(margin + 1e-6, SIZE - margin - height));
        boolean darkOnLight = rng.nextInt(7) == 0;

        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(darkOnLight ? Color.WHITE : Color.BLACK);
        g.fillRect(0, 0, SIZE, SIZE);
        g.setColor(darkOnLight ? Color.BLACK : Color.WHITE);
        g.setStroke(new BasicStroke((float) pen, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (List<double[]> s : strokes) {
            Path2D.Double path = new Path2D.Double();
            for (int i = 0; i < s.size(); i++) {
                double x = left + (s.get(i)[0] - box[0]) * scale, y = top + (s.get(i)[1] - box[1]) * scale;
                if (i == 0) path.moveTo(x, y);
                else path.lineTo(x, y);
            }
            g.draw(path);
        }
        g.dispose();
        return img;
    }

    private static double[] bounds(List<List<double[]>> strokes) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (List<double[]> s : strokes) {
            for (double[] p : s) {
                b[0] = Math.min(b[0], p[0]);
                b[1] = Math.min(b[1], p[1]);
                b[2] = Math.max(b[2], p[0]);
                b[3] = Math.max(b[3], p[1]);
            }
        }
        return b;
    }

    /** How a hand differs from the template: narrower or wider, slanted, turned, and a little wavy. */
    private record Transform(double aspect, double slant, double angle, double waveX, double waveY, double phaseX, double phaseY) {
        static Transform random(int digit, SplittableRandom rng) {
            double aspect = rng.nextDouble(0.75, 1.15);
            // most hands lean right; MNIST's digits lean up to about 20° either way
            double slant = rng.nextDouble(-0.2, 0.4);
            double angle = Math.toRadians(rng.nextDouble(-10, 10));
            return new Transform(aspect, slant, angle, rng.nextDouble(0, 0.03), rng.nextDouble(0, 0.03),
                    rng.nextDouble(0, 2 * Math.PI), rng.nextDouble(0, 2 * Math.PI));
        }

        double[] apply(double[] p) {
            double x = p[0] + waveX * Math.sin(2 * Math.PI * p[1] + phaseX);
            double y = p[1] + waveY * Math.sin(2 * Math.PI * p[0] + phaseY);
            x = 0.5 + (x - 0.5) * aspect + slant * (0.5 - y);
            double cx = x - 0.5, cy = y - 0.5;
            return new double[] {0.5 + cx * Math.cos(angle) - cy * Math.sin(angle), 0.5 + cx * Math.sin(angle) + cy * Math.cos(angle)};
        }
    }

    /** A polyline built from straight segments and elliptic arcs, in a unit box with y pointing down. */
    static final class Pen {
        private final List<double[]> points = new ArrayList<>();

        Pen(double x, double y) {
            points.add(new double[] {x, y});
        }

        private Pen() {
        }

        /** A stroke that begins with an arc (see {@link #arc}). */
        static Pen arcFrom(double cx, double cy, double rx, double ry, double from, double to) {
            return new Pen().arc(cx, cy, rx, ry, from, to);
        }

        Pen to(double x, double y) {
            points.add(new double[] {x, y});
            return this;
        }

        /**
         * An arc of the ellipse around (cx, cy) from angle {@code from} to {@code to} in degrees
         * (0° right, 90° down, so increasing angles turn clockwise on screen).
         */
        Pen arc(double cx, double cy, double rx, double ry, double from, double to) {
            int n = Math.max(4, (int) Math.ceil(Math.abs(to - from) / 10));
            for (int i = 0; i <= n; i++) {
                double a = Math.toRadians(from + (to - from) * i / n);
                points.add(new double[] {cx + rx * Math.cos(a), cy + ry * Math.sin(a)});
            }
            return this;
        }

        List<double[]> points() {
            List<double[]> copy = new ArrayList<>();
            for (double[] p : points) copy.add(p.clone());
            return copy;
        }
    }

    /** Templates for the digits as people write them, with the common variants (a 1 with a flag, an open 4, …). */
    static final class DigitShapes {
        private DigitShapes() {
        }

        static List<Pen> of(int digit, SplittableRandom rng) {
            double j = rng.nextDouble(-0.05, 0.05); // a small change of proportions per drawing
            return switch (digit) {
                case 0 -> List.of(Pen.arcFrom(0.5, 0.5, 0.36 + j, 0.5, -90 + rng.nextDouble(-20, 20), 285));
                case 1 -> rng.nextInt(3) == 0
                        ? List.of(new Pen(0.35, 0.15 + j).to(0.5, 0.0).to(0.5, 1.0))
                        : List.of(new Pen(0.5, 0.0).to(0.5, 1.0));
                case 2 -> List.of(Pen.arcFrom(0.5, 0.3, 0.38, 0.3 + j, 195, 375)
                        .to(0.45, 0.72 + j).to(0.1, 1.0).to(0.92 + j, 0.98));
                case 3 -> List.of(Pen.arcFrom(0.47, 0.26, 0.35, 0.26, 215, 450)
                        .arc(0.47, 0.75 + j / 2, 0.4, 0.25 - j / 2, 270, 505));
                case 4 -> rng.nextBoolean()
                        ? List.of(new Pen(0.62, 0.0).to(0.08, 0.66 + j).to(0.95, 0.66 + j), new Pen(0.68, 0.28).to(0.68, 1.0))
                        : List.of(new Pen(0.18, 0.0).to(0.12, 0.6 + j).to(0.92, 0.58 + j), new Pen(0.74, 0.0).to(0.72, 1.0));
                case 5 -> {
                    Pen body = new Pen(0.22, 0.0).to(0.18, 0.45).arc(0.47, 0.69, 0.37, 0.31 + j / 2, 240, 505);
                    yield rng.nextBoolean()
                            ? List.of(body, new Pen(0.22, 0.0).to(0.85 + j, 0.0))
                            : List.of(new Pen(0.85 + j, 0.02).to(0.22, 0.0).to(0.18, 0.45).arc(0.47, 0.69, 0.37, 0.31 + j / 2, 240, 505));
                }
                case 6 -> List.of(new Pen(0.68, 0.0).to(0.48, 0.12).to(0.32, 0.3).to(0.21, 0.5)
                        .arc(0.48, 0.72, 0.33, 0.27 + j / 2, 180, -170));
                case 7 -> rng.nextInt(8) == 0
                        ? List.of(new Pen(0.08, 0.02).to(0.9, 0.0).to(0.42 + j, 1.0), new Pen(0.35, 0.5).to(0.82, 0.5))
                        : List.of(new Pen(0.08, 0.02 + j / 2).to(0.9, 0.0).to(0.7, 0.45).to(0.42 + j, 1.0));
                case 8 -> List.of(Pen.arcFrom(0.5, 0.26, 0.27 + j / 2, 0.25, -90, 270),
                        Pen.arcFrom(0.5, 0.73, 0.33, 0.27, -90, 270));
                case 9 -> List.of(Pen.arcFrom(0.46, 0.28, 0.32, 0.27 + j / 2, 0, -360)
                        .to(0.77, 0.6).to(0.72 + j, 1.0));
                default -> throw new IllegalArgumentException("digit " + digit);
            };
        }
    }
}
