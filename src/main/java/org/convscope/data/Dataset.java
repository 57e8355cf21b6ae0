package org.convscope.data;

import java.util.Objects;
import org.convscope.engine.tensor.Shape;

/**
 * An immutable set of grey images of one size, each with a class label: one split of MNIST or
 * Fashion-MNIST. Pixels are kept as the file's unsigned bytes (a quarter of the memory of floats)
 * and normalised to [0,1] only when an example is copied into a batch.
 */
public final class Dataset {
    private static final float[] NORMALISED = new float[256];

    static {
        for (int v = 0; v < 256; v++) NORMALISED[v] = v / 255f;
    }

    private final String name;
    private final int size;
    private final int height;
    private final int width;
    private final int classes;
    private final byte[] pixels;
    private final byte[] labels;

    /** Takes ownership of both arrays; callers have checked them. */
    private Dataset(String name, int height, int width, int classes, byte[] pixels, byte[] labels) {
        this.name = name;
        this.size = labels.length;
        this.height = height;
        this.width = width;
        this.classes = classes;
        this.pixels = pixels;
        this.labels = labels;
    }

    /**
     * Pairs an images file ({@code [N, H, W]}) with a labels file ({@code [N]}); they must agree on
     * N and every label must be below {@code classes}.
     */
    public static Dataset fromIdx(String name, IdxArray images, IdxArray labels, int classes) {
        if (classes <= 0 || classes > 256) throw new IllegalArgumentException("classes must be 1..256, got " + classes);
        if (images.rank() != 3) {
            throw new DatasetException(images.source() + " is not an images file: it has " + images.rank()
                    + " dimensions, expected 3 (count, rows, columns)");
        }
        if (labels.rank() != 1) {
            throw new DatasetException(labels.source() + " is not a labels file: it has " + labels.rank()
                    + " dimensions, expected 1 (count)");
        }
        if (images.dimension(0) != labels.dimension(0)) {
            throw new DatasetException(images.source() + " has " + Counts.grouped(images.dimension(0))
                    + " images but " + labels.source() + " has " + Counts.grouped(labels.dimension(0)) + " labels");
        }
        checkLabels(labels.values(), classes, labels.source());
        return new Dataset(name, images.dimension(1), images.dimension(2), classes, images.values(), labels.values());
    }

    /**
     * A dataset from arrays in memory (copied): {@code pixels} holds {@code labels.length} images
     * of {@code height × width} unsigned bytes, row-major, one after another.
     */
    public static Dataset of(String name, int height, int width, int classes, byte[] pixels, byte[] labels) {
        if (height <= 0 || width <= 0 || classes <= 0 || classes > 256 || labels.length == 0) {
            throw new IllegalArgumentException("a dataset needs positive height, width and size, and 1..256 classes; got "
                    + height + "×" + width + ", " + classes + " classes, " + labels.length + " labels");
        }
        if ((long) labels.length * height * width != pixels.length) {
            throw new IllegalArgumentException(pixels.length + " pixels do not make " + labels.length
                    + " images of " + height + "×" + width);
        }
        checkLabels(labels, classes, name);
        return new Dataset(name, height, width, classes, pixels.clone(), labels.clone());
    }

    private static void checkLabels(byte[] labels, int classes, String source) {
        for (int i = 0; i < labels.length; i++) {
            int label = labels[i] & 0xFF;
            if (label >= classes) {
                throw new DatasetException(source + " has label " + label + " at index " + Counts.grouped(i)
                        + ", but there are only " + classes + " classes (0.." + (classes - 1) + ")");
            }
        }
    }

    /** For messages and titles, e.g. "MNIST train". */
    public String name() {
        return name;
    }

    public int size() {
        return size;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    /** Values per image: height × width. */
    public int imageSize() {
        return height * width;
    }

    public int classes() {
        return classes;
    }

    /** The shape of one example as the engine sees it: one channel of height × width. */
    public Shape inputShape() {
        return Shape.image(1, height, width);
    }

    public int label(int i) {
        return labels[Objects.checkIndex(i, size)] & 0xFF;
    }

    /** Pixel {@code (row, col)} of image {@code i}, 0 (background) to 255. */
    public int pixel(int i, int row, int col) {
        Objects.checkIndex(i, size);
        Objects.checkIndex(row, height);
        Objects.checkIndex(col, width);
        return pixels[i * imageSize() + row * width + col] & 0xFF;
    }

    /** A copy of image {@code i}, row-major; the bytes are unsigned (use {@code b & 0xFF}). */
    public byte[] pixels(int i) {
        int start = Objects.checkIndex(i, size) * imageSize();
        byte[] copy = new byte[imageSize()];
        System.arraycopy(pixels, start, copy, 0, copy.length);
        return copy;
    }

    /**
     * Writes image {@code i} as {@link #imageSize()} floats, pixel/255, into {@code dst} from
     * {@code offset}: the engine's layout for one single-channel example.
     */
    public void writeNormalised(int i, float[] dst, int offset) {
        int n = imageSize();
        int start = Objects.checkIndex(i, size) * n;
        Objects.checkFromIndexSize(offset, n, dst.length);
        for (int k = 0; k < n; k++) dst[offset + k] = NORMALISED[pixels[start + k] & 0xFF];
    }

    /** How many examples carry each label; the counts sum to {@link #size()}. */
    public int[] labelCounts() {
        int[] counts = new int[classes];
        for (byte label : labels) counts[label & 0xFF]++;
        return counts;
    }

    @Override
    public String toString() {
        return name + " (" + Counts.grouped(size) + " images of " + height + "×" + width + ", " + classes + " classes)";
    }
}
