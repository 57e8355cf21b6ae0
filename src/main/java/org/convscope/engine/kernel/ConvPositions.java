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
    private int[] gather;

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

    /**
     * For each input pixel of one image and each window tap (ky, kx), where in the window gradient
     * rows [perImage + 1, KH·KW·C] of {@link DirectConv#inputGradient} the values for that pixel
     * lie: row p·K + tap·C for the position p whose window put this tap on the pixel, or the last
     * row (zeros) if none did. [H·W, KH·KW]
     */
    int[] gatherTable() {
        if (gather != null) return gather;
        int taps = g.kh() * g.kw(), k = g.rowLength(), c = g.c(), zero = perImage() * k;
        int[] table = new int[g.h() * g.w() * taps];
        for (int y = 0; y < g.h(); y++) {
            for (int x = 0; x < g.w(); x++) {
                for (int ky = 0; ky < g.kh(); ky++) {
                    for (int kx = 0; kx < g.kw(); kx++) {
                        int t = ky * g.kw() + kx, oy = (y - ky) / g.sh(), ox = (x - kx) / g.sw();
                        boolean hit = y >= ky && x >= kx && (y - ky) % g.sh() == 0 && (x - kx) % g.sw() == 0
                                && oy < rows && ox < cols;
                        table[(y * g.w() + x) * taps + t] = (hit ? (oy * cols + ox) * k : zero) + t * c;
                    }
                }
            }
        }
        gather = table;
        return table;
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
