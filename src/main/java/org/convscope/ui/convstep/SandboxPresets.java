package org.convscope.ui.convstep;

/** Starting inputs and kernels for the sandbox, in whole numbers so the products can be done in one's head. */
public final class SandboxPresets {
    /** Inputs: a bright vertical bar, a diagonal line, a checkerboard, or nothing. */
    public enum Input { BAR, DIAGONAL, CHECKER, EMPTY }

    /** Kernels: vertical edge (−1 | 0 | +1 columns), horizontal edge, box blur (all 1), identity (centre 1). */
    public enum Kernel { VERTICAL_EDGE, HORIZONTAL_EDGE, BLUR, IDENTITY }

    private SandboxPresets() {
    }

    public static float[] input(Input kind, int n) {
        float[] v = new float[n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                v[r * n + c] = switch (kind) {
                    case BAR -> c >= n / 3 && c < n - n / 3 ? 1 : 0;
                    case DIAGONAL -> r == c ? 1 : 0;
                    case CHECKER -> (r + c) % 2;
                    case EMPTY -> 0;
                };
            }
        }
        return v;
    }

    public static float[] kernel(Kernel kind, int k) {
        float[] v = new float[k * k];
        int mid = k / 2;
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                v[r * k + c] = switch (kind) {
                    case VERTICAL_EDGE -> edge(c, k);
                    case HORIZONTAL_EDGE -> edge(r, k);
                    case BLUR -> 1;
                    case IDENTITY -> r == mid && c == mid ? 1 : 0;
                };
            }
        }
        return v;
    }

    // −1 before the middle, +1 after it, 0 on an odd kernel's middle line
    private static int edge(int i, int k) {
        int mid = k / 2;
        return k % 2 == 1 ? Integer.signum(i - mid) : i < mid ? -1 : 1;
    }
}
