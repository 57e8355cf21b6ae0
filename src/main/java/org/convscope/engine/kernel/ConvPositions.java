package org.convscope.engine.kernel;

/**
 * A set of a convolution's output positions, as offsets into its input (where each window starts)
 * and into its output, image after image. The direct kernels walk such a table in one flat loop,
 * so they can cover every position, or only those a following pooling reads, at the same cost per
 * position. Images are laid out one after another in both arrays, so the table for n images is a
 * prefix of the table for more: it grows when a batch is larger than any before, and is reused.
 */
public final class ConvPositions {
    private final Im2Row.Geometry g;
    private final int filters;
    private final int rows;     // output rows covered: [0, rows)
    private final int cols;     // output columns covered: [0, cols)
    private int images;
    private int[] in = new int[0];
    private int[] out = new int[0];

    /** The output positions in rows [0, rows) × columns [0, cols) of each image. */
    public ConvPositions(Im2Row.Geometry g, int filters, int rows, int cols) {
        if (rows < 1 || rows > g.oh() || cols < 1 || cols > g.ow()) {
            throw new IllegalArgumentException("region " + rows + "×" + cols + " outside the " + g.oh() + "×" + g.ow() + " output");
        }
        this.g = g;
        this.filters = filters;
        this.rows = rows;
        this.cols = cols;
    }

    /** Every output position. */
    public static ConvPositions all(Im2Row.Geometry g, int filters) {
        return new ConvPositions(g, filters, g.oh(), g.ow());
    }

    /** Output rows covered, from the first. */
    public int rows() {
        return rows;
    }

    /** Output columns covered, from the first. */
    public int cols() {
        return cols;
    }

    /** Positions per image. */
    public int perImage() {
        return rows * cols;
    }

    /** Makes the table cover {@code n} images; returns the number of positions, n·{@link #perImage()}. */
    public int ensure(int n) {
        if (n > images) grow(n);
        return n * perImage();
    }

    /** Index in x of the first value of each position's window (x: [n,H,W,C] from offset 0). */
    public int[] in() {
        return in;
    }

    /** Index in the output of each position's first filter (out: [n,OH,OW,F] from offset 0). */
    public int[] out() {
        return out;
    }

    private void grow(int n) {
        int per = perImage(), c = g.c();
        int[] newIn = new int[n * per], newOut = new int[n * per];
        int p = 0;
        for (int b = 0; b < n; b++) {
            for (int oy = 0; oy < rows; oy++) {
                for (int ox = 0; ox < cols; ox++, p++) {
                    newIn[p] = b * g.inputSize() + (oy * g.sh() * g.w() + ox * g.sw()) * c;
                    newOut[p] = ((b * g.oh() + oy) * g.ow() + ox) * filters;
                }
            }
        }
        in = newIn;
        out = newOut;
        images = n;
    }
}
