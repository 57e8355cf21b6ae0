package org.convscope.ui.convstep;

/**
 * Starting filters for the colour sandbox: each a 3 × 5 × 5 stack, one 5 × 5 kernel per channel (red,
 * green, blue), in whole numbers so the products can be read. Edges, blur and sharpen look at all
 * three channels alike; the colour-opponent pair weighs one colour against another; "red only" and
 * "brightness" show how a filter picks or mixes channels.
 */
public final class ColourFilters {
    public static final int CHANNELS = 3, SIZE = 5, TAPS = SIZE * SIZE;

    /** The kinds of filter; the sandbox starts with one of each, in this order. */
    public enum Kind { VERTICAL_EDGE, HORIZONTAL_EDGE, BLUR, SHARPEN, RED_GREEN, BLUE_YELLOW, RED_ONLY, BRIGHTNESS }

    private ColourFilters() {
    }

    /** The 3 × 5 × 5 weights of {@code kind}, [C][kh][kw]. */
    public static float[] weights(Kind kind) {
        float[] w = new float[CHANNELS * TAPS];
        int mid = SIZE / 2;
        for (int c = 0; c < CHANNELS; c++) {
            for (int r = 0; r < SIZE; r++) {
                for (int q = 0; q < SIZE; q++) {
                    boolean centre = r == mid && q == mid, near = Math.abs(r - mid) <= 1 && Math.abs(q - mid) <= 1;
                    w[c * TAPS + r * SIZE + q] = switch (kind) {
                        case VERTICAL_EDGE -> Integer.signum(q - mid);   // dark on the left, bright on the right
                        case HORIZONTAL_EDGE -> Integer.signum(r - mid);
                        case BLUR -> 1;
                        case SHARPEN -> centre ? 9 : near ? -1 : 0;      // the centre against its 8 neighbours: sums to 1
                        case RED_GREEN -> near ? (c == 0 ? 1 : c == 1 ? -1 : 0) : 0;
                        case BLUE_YELLOW -> near ? (c == 2 ? 2 : -1) : 0; // yellow is red plus green
                        case RED_ONLY -> centre && c == 0 ? 1 : 0;
                        case BRIGHTNESS -> centre ? 1 : 0;
                    };
                }
            }
        }
        return w;
    }
}
