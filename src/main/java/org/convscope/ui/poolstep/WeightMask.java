package org.convscope.ui.poolstep;

/**
 * The fixed weights of weighted-average pooling (가중치 평균 풀링), shown beside the window. A
 * binomial (Gaussian-like) mask, centre heaviest: for 3×3 [[1,2,1],[2,4,2],[1,2,1]]/16. The
 * binomial of 2 is [1,1], which would make 2×2 a plain average, so 2×2 windows (the course's)
 * use [[1,2],[2,1]]/6 instead: the diagonal counts half as much as the anti-diagonal, so the
 * weighted average visibly differs from the average on the same window.
 *
 * @param weights row-major, rows × columns whole numbers
 * @param total   their sum, the divisor
 */
public record WeightMask(int rows, int columns, int[] weights, int total) {

    public static WeightMask forWindow(int rows, int columns) {
        int[] w = new int[rows * columns];
        if (rows == 2 && columns == 2) {
            w = new int[] {1, 2, 2, 1};
        } else {
            int[] r = binomial(rows), c = binomial(columns);
            for (int y = 0; y < rows; y++) for (int x = 0; x < columns; x++) w[y * columns + x] = r[y] * c[x];
        }
        int total = 0;
        for (int v : w) total += v;
        return new WeightMask(rows, columns, w, total);
    }

    // row n−1 of Pascal's triangle
    private static int[] binomial(int n) {
        int[] b = new int[n];
        b[0] = 1;
        for (int i = 1; i < n; i++) b[i] = (int) ((long) b[i - 1] * (n - i) / i);
        return b;
    }

    public int weight(int index) {
        return weights[index];
    }
}
