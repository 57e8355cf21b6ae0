package org.convscope.data;

/**
 * Turns a drawing into what MNIST's digits look like, the way MNIST itself was made: crop to the
 * ink's bounding box, scale the longer side to 20 pixels keeping the aspect ratio (area-averaged, so
 * thin strokes stay grey rather than vanish), then place it in a 28×28 field so that its centre of
 * mass sits at the centre. A digit drawn small or in a corner is then seen as MNIST would show it.
 *
 * <p>Fashion-MNIST's clothes were instead trimmed and scaled to fill the 28×28 frame; {@link Mode#FILL}
 * does that. The pad, the image import and {@code predict --image} all call this one class.
 */
public final class DigitPreprocessor {
    public static final int SIZE = 28;
    public static final int DIGIT_BOX = 20;
    /** Pixels dimmer than this fraction of the brightest are background when finding the bounding box. */
    private static final float INK_THRESHOLD = 0.1f;

    public enum Mode { DIGIT, FILL }

    private DigitPreprocessor() {
    }

    /**
     * Every intermediate image, for the view that shows the steps.
     *
     * @param cropped   the bounding box of the ink (original resolution)
     * @param scaled    the cropped ink scaled so its longer side is 20 (or 28 in FILL mode)
     * @param input     the final 28×28 network input
     * @param box       {top, left, bottom, right} of the bounding box in the original, or null if blank
     * @param centre    {row, col} of the centre of mass of {@code scaled}
     * @param offset    {top, left} where {@code scaled} was placed in {@code input} (may be negative)
     */
    public record Steps(GrayImage cropped, GrayImage scaled, GrayImage input, int[] box, double[] centre, int[] offset) {
        public boolean blank() {
            return box == null;
        }
    }

    /** The network input shape the preprocessor produces: one 28×28 grey channel. */
    public static org.convscope.engine.tensor.Shape inputShape() {
        return org.convscope.engine.tensor.Shape.image(1, SIZE, SIZE);
    }

    /** The naive alternative, for comparison: the whole image shrunk to 28×28 (an image already 28×28 is unchanged). */
    public static GrayImage shrink(GrayImage image) {
        if (image.width() == SIZE && image.height() == SIZE) return image;
        return Resample.area(image, SIZE, SIZE);
    }

    /** Clothes are framed as Fashion-MNIST frames them, everything else as MNIST's digits. */
    public static Mode modeFor(DatasetKind dataset) {
        return dataset == DatasetKind.FASHION_MNIST ? Mode.FILL : Mode.DIGIT;
    }

    public static GrayImage preprocess(GrayImage image, Mode mode) {
        return steps(image, mode).input();
    }

    public static Steps steps(GrayImage image, Mode mode) {
        int[] box = boundingBox(image);
        if (box == null) {
            GrayImage blank = GrayImage.blank(SIZE, SIZE);
            return new Steps(GrayImage.blank(1, 1), GrayImage.blank(1, 1), blank, null, new double[] {SIZE / 2.0, SIZE / 2.0},
                    new int[] {0, 0});
        }
        GrayImage cropped = crop(image, box);
        int target = mode == Mode.DIGIT ? DIGIT_BOX : SIZE;
        double scale = (double) target / Math.max(cropped.width(), cropped.height());
        int w = Math.max(1, (int) Math.round(cropped.width() * scale));
        int h = Math.max(1, (int) Math.round(cropped.height() * scale));
        GrayImage scaled = Resample.area(cropped, w, h);
        double[] centre = centreOfMass(scaled);
        int[] offset = mode == Mode.DIGIT ? offsetByCentreOfMass(centre) : offsetCentred(scaled);
        return new Steps(cropped, scaled, paste(scaled, offset[0], offset[1]), box, centre, offset);
    }

    /** {top, left, bottom, right} (inclusive) of the pixels brighter than the ink threshold; null if none. */
    static int[] boundingBox(GrayImage img) {
        float max = 0;
        for (float v : img.pixels()) max = Math.max(max, v);
        if (!(max > 0.02f)) return null;
        float threshold = max * INK_THRESHOLD;
        int top = img.height(), left = img.width(), bottom = -1, right = -1;
        for (int r = 0; r < img.height(); r++) {
            for (int c = 0; c < img.width(); c++) {
                if (img.get(r, c) > threshold) {
                    top = Math.min(top, r);
                    bottom = Math.max(bottom, r);
                    left = Math.min(left, c);
                    right = Math.max(right, c);
                }
            }
        }
        return new int[] {top, left, bottom, right};
    }

    private static GrayImage crop(GrayImage img, int[] box) {
        int h = box[2] - box[0] + 1, w = box[3] - box[1] + 1;
        float[] out = new float[w * h];
        for (int r = 0; r < h; r++) System.arraycopy(img.pixels(), (box[0] + r) * img.width() + box[1], out, r * w, w);
        return new GrayImage(w, h, out);
    }

    /** {row, col} of the intensity-weighted centre, in pixel-centre coordinates (0.5 is the middle of pixel 0). */
    static double[] centreOfMass(GrayImage img) {
        double sum = 0, r = 0, c = 0;
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                double v = img.get(y, x);
                sum += v;
                r += v * (y + 0.5);
                c += v * (x + 0.5);
            }
        }
        return sum == 0 ? new double[] {img.height() / 2.0, img.width() / 2.0} : new double[] {r / sum, c / sum};
    }

    // MNIST's digits have their centre of mass on pixel (14, 14), i.e. at 14.5 in pixel-centre
    // coordinates, half a pixel past the geometric middle (measured on the test set).
    private static final double MNIST_CENTRE = SIZE / 2.0 + 0.5;

    private static int[] offsetByCentreOfMass(double[] centre) {
        return new int[] {(int) Math.round(MNIST_CENTRE - centre[0]), (int) Math.round(MNIST_CENTRE - centre[1])};
    }

    private static int[] offsetCentred(GrayImage img) {
        return new int[] {(SIZE - img.height()) / 2, (SIZE - img.width()) / 2};
    }

    private static GrayImage paste(GrayImage img, int top, int left) {
        float[] out = new float[SIZE * SIZE];
        for (int y = 0; y < img.height(); y++) {
            int ty = top + y;
            if (ty < 0 || ty >= SIZE) continue;
            for (int x = 0; x < img.width(); x++) {
                int tx = left + x;
                if (tx >= 0 && tx < SIZE) out[ty * SIZE + tx] = Math.min(1f, img.get(y, x));
            }
        }
        return new GrayImage(SIZE, SIZE, out);
    }
}
