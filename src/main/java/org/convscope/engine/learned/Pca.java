package org.convscope.engine.learned;

/**
 * Principal component analysis: the directions along which many points spread most, and the points'
 * coordinates along them. The covariance matrix of the centred points (d×d, in double precision) is
 * diagonalised by cyclic Jacobi rotations; the axes are its eigenvectors of the largest eigenvalues.
 *
 * <p>An axis has no sign of its own; each is turned so that its largest coordinate (the first of equal ones) is
 * positive, and {@link Result#alignedTo} turns it to agree with an earlier result instead, so a map recomputed
 * after every epoch does not flip.
 */
public final class Pca {
    private static final int MAX_SWEEPS = 100;

    private Pca() {
    }

    /**
     * The first {@code k} principal components.
     *
     * @param mean      [d], the points' mean
     * @param axes      [k][d], unit vectors, the most spread first
     * @param variances [k], the variance along each axis (eigenvalues of the covariance, divided by n − 1)
     * @param total     the sum of the variances along all d axes
     * @param points    [n, k], each point's coordinates along the axes
     */
    public record Result(int n, int k, double[] mean, double[][] axes, double[] variances, double total, float[] points) {

        /** The coordinates of a new point ([d]) along the axes: [k]. */
        public float[] project(float[] point) {
            float[] out = new float[k];
            for (int a = 0; a < k; a++) {
                double s = 0;
                for (int j = 0; j < mean.length; j++) s += (point[j] - mean[j]) * axes[a][j];
                out[a] = (float) s;
            }
            return out;
        }

        /** How much of the whole spread axis {@code a} holds, 0..1. */
        public double share(int a) {
            return total > 0 ? variances[a] / total : 0;
        }

        /**
         * This result with each axis turned to point the way {@code earlier}'s did, judged by the points both
         * place (the same images in the same order): an axis whose coordinates fall where the earlier ones rose is
         * flipped. Returns this when there is nothing to compare.
         */
        public Result alignedTo(Result earlier) {
            if (earlier == null || earlier.n != n || earlier.k != k) return this;
            double[][] newAxes = new double[k][];
            float[] newPoints = points.clone();
            for (int a = 0; a < k; a++) {
                double dot = 0;
                for (int i = 0; i < n; i++) dot += (double) points[i * k + a] * earlier.points[i * k + a];
                double sign = dot < 0 ? -1 : 1;
                newAxes[a] = axes[a].clone();
                for (int j = 0; j < newAxes[a].length; j++) newAxes[a][j] *= sign;
                for (int i = 0; i < n; i++) newPoints[i * k + a] *= (float) sign;
            }
            return new Result(n, k, mean, newAxes, variances, total, newPoints);
        }
    }

    /** The first {@code k} principal components of {@code n} points of {@code d} values. x: [n, d] */
    public static Result fit(float[] x, int n, int d, int k) {
        if (n < 2) throw new IllegalArgumentException("PCA needs at least 2 points, got " + n);
        if (k < 1 || k > d) throw new IllegalArgumentException("k must be in 1.." + d + ", got " + k);
        if (x.length < n * d) throw new IllegalArgumentException(x.length + " values for " + n + " points of " + d);
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) for (int j = 0; j < d; j++) mean[j] += x[i * d + j];
        for (int j = 0; j < d; j++) mean[j] /= n;
        double[][] cov = covariance(x, n, d, mean);
        double[][] vectors = new double[d][d]; // columns: eigenvectors
        double[] values = jacobi(cov, vectors);
        Integer[] order = new Integer[d];
        for (int j = 0; j < d; j++) order[j] = j;
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        double total = 0;
        for (double v : values) total += Math.max(0, v);
        double[][] axes = new double[k][d];
        double[] variances = new double[k];
        for (int a = 0; a < k; a++) {
            int col = order[a];
            variances[a] = Math.max(0, values[col]);
            int peak = 0;
            for (int j = 0; j < d; j++) if (Math.abs(vectors[j][col]) > Math.abs(vectors[peak][col]) + 1e-12) peak = j;
            double sign = vectors[peak][col] < 0 ? -1 : 1;
            for (int j = 0; j < d; j++) axes[a][j] = sign * vectors[j][col];
        }
        float[] points = new float[n * k];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < k; a++) {
                double s = 0;
                for (int j = 0; j < d; j++) s += (x[i * d + j] - mean[j]) * axes[a][j];
                points[i * k + a] = (float) s;
            }
        }
        return new Result(n, k, mean, axes, variances, total, points);
    }

    // the sample covariance (divided by n − 1), upper triangle summed row by row, then mirrored
    private static double[][] covariance(float[] x, int n, int d, double[] mean) {
        double[][] c = new double[d][d];
        double[] r = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) r[j] = x[i * d + j] - mean[j];
            for (int a = 0; a < d; a++) {
                double ra = r[a];
                if (ra == 0) continue;
                double[] row = c[a];
                for (int b = a; b < d; b++) row[b] += ra * r[b];
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                c[a][b] /= n - 1;
                c[b][a] = c[a][b];
            }
        }
        return c;
    }

    /**
     * Eigenvalues of the symmetric matrix {@code a} (destroyed) by cyclic Jacobi rotations; the eigenvectors
     * go into the columns of {@code v}. Each rotation zeroes one off-diagonal pair (Golub and Van Loan, §8.5).
     */
    static double[] jacobi(double[][] a, double[][] v) {
        int d = a.length;
        for (int i = 0; i < d; i++) {
            java.util.Arrays.fill(v[i], 0);
            v[i][i] = 1;
        }
        double scale = 0;
        for (double[] row : a) for (double e : row) scale += e * e;
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double off = 0;
            for (int p = 0; p < d; p++) for (int q = p + 1; q < d; q++) off += a[p][q] * a[p][q];
            if (off <= 1e-24 * Math.max(scale, Double.MIN_NORMAL)) break; // off-diagonal norm below 1e-12 of the whole
            for (int p = 0; p < d; p++) {
                for (int q = p + 1; q < d; q++) {
                    if (a[p][q] == 0) continue;
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) t = 1;
                    double c = 1 / Math.sqrt(t * t + 1), s = t * c;
                    rotate(a, v, p, q, c, s);
                }
            }
        }
        double[] values = new double[d];
        for (int i = 0; i < d; i++) values[i] = a[i][i];
        return values;
    }

    // A <- Jᵀ A J and V <- V J for the rotation J in the (p, q) plane
    private static void rotate(double[][] a, double[][] v, int p, int q, double c, double s) {
        int d = a.length;
        for (int k = 0; k < d; k++) {
            double akp = a[k][p], akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
        }
        for (int k = 0; k < d; k++) {
            double apk = a[p][k], aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
        }
        for (int k = 0; k < d; k++) {
            double vkp = v[k][p], vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
        }
    }
}
