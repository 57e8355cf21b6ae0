package org.convscope.ui.kernels;

/**
 * Where each weight of a layer sits in the image(s) drawn for a mode, and back: which weight is
 * under a pixel. Grid kernels are kept apart by one transparent pixel.
 *
 * <ul>
 * <li>{@link KernelMode#GRID}: one image; kernel (f, c) at rows f·(kh+1)…, columns c·(kw+1)…</li>
 * <li>{@link KernelMode#MATRIX}: one image, row f, column c·kh·kw + i·kw + j (the input's index)</li>
 * <li>tiled modes: one kh×kw image per filter</li>
 * </ul>
 */
public record KernelLayout(WeightLayer layer, KernelMode mode) {
    public static final int GAP = 1;

    public KernelLayout {
        mode = mode.on(layer);
    }

    /** Width of one image, in weights (pixels before zoom). */
    public int width() {
        return switch (mode) {
            case GRID -> layer.channels() * (layer.kw() + GAP) - GAP;
            case MATRIX -> layer.fanIn();
            default -> layer.kw();
        };
    }

    public int height() {
        return switch (mode) {
            case GRID -> layer.filters() * (layer.kh() + GAP) - GAP;
            case MATRIX -> layer.filters();
            default -> layer.kh();
        };
    }

    /** How many images: one per filter when tiled, else one. */
    public int images() {
        return mode.tiled() ? layer.filters() : 1;
    }

    /** The weight at pixel (row, col) of image {@code image}, or null on a gap. */
    public Cell cellAt(int image, int row, int col) {
        if (row < 0 || col < 0 || row >= height() || col >= width()) return null;
        WeightLayer l = layer;
        switch (mode) {
            case GRID -> {
                int i = row % (l.kh() + GAP), j = col % (l.kw() + GAP);
                if (i >= l.kh() || j >= l.kw()) return null;
                return new Cell(row / (l.kh() + GAP), col / (l.kw() + GAP), i, j);
            }
            case MATRIX -> {
                int area = l.kh() * l.kw();
                return new Cell(row, col / area, col % area / l.kw(), col % l.kw());
            }
            case PATCHES -> {
                return new Cell(image, 0, row, col);
            }
            default -> {
                return new Cell(image, l.channels() == 1 ? 0 : Cell.MEAN, row, col);
            }
        }
    }

    /** Pixel (row, col) of W[f][c][i][j] in its image (in the filter's own image when tiled). */
    public int[] pixelOf(int filter, int channel, int row, int col) {
        WeightLayer l = layer;
        return switch (mode) {
            case GRID -> new int[] {filter * (l.kh() + GAP) + row, channel * (l.kw() + GAP) + col};
            case MATRIX -> new int[] {filter, (channel * l.kh() + row) * l.kw() + col};
            default -> new int[] {row, col};
        };
    }
}
