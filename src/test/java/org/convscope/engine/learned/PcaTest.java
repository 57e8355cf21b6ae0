package org.convscope.engine.learned;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * PCA against a reference SVD: numpy.linalg.svd of the centred matrix, figures pasted here. The points are
 * floats (2.4f is 2.4 to 1 part in 10⁷), so the figures agree to 1e-6, not to double precision.
 */
class PcaTest {
    private static final double TOLERANCE = 1e-6;
    // 8 points of 4 values
    private static final float[] X = {
        2.5f, 2.4f, 0.5f, 1.0f, 0.5f, 0.7f, 1.5f, -1.0f, 2.2f, 2.9f, 0.0f, 0.5f, 1.9f, 2.2f, 1.0f, 2.0f,
        3.1f, 3.0f, -0.5f, 0.0f, 2.3f, 2.7f, 0.7f, 1.5f, 2.0f, 1.6f, 2.0f, -0.5f, 1.0f, 1.1f, 1.2f, 0.3f};
    // U, S, Vt = numpy.linalg.svd(X - X.mean(0), full_matrices=False)
    private static final double[] S = {3.865234037952, 2.223551575381, 1.202045612479, 0.446789177344};
    private static final double[][] VT = {
        {-0.50537195909, -0.568281537945, 0.446407349292, -0.471567338876},
        {0.277661544569, 0.167520027557, -0.385120673131, -0.864015725645}};
    // U[:, :2] * S[:2]: the points' coordinates along the first two axes
    private static final double[][] UxS = {
        {-0.850458284518, -0.127443426248}, {2.515906275213, 0.375360215926}, {-0.970407470971, 0.497586323547},
        {-0.681942465704, -1.384120420712}, {-1.469490393155, 1.388801915803}, {-1.066370553663, -0.641751724344},
        {1.233814957635, 0.318052358193}, {1.288947935163, -0.426485242166}};

    @Test
    void axesVariancesAndCoordinatesAreTheReferenceSvds() {
        Pca.Result r = Pca.fit(X, 8, 4, 2);
        double total = 0;
        for (double s : S) total += s * s / 7;
        assertEquals(total, r.total(), TOLERANCE);
        for (int a = 0; a < 2; a++) {
            assertEquals(S[a] * S[a] / 7, r.variances()[a], TOLERANCE, "variance along axis " + a + " is s² / (n − 1)");
            double sign = Math.signum(dot(r.axes()[a], VT[a])); // an axis has no sign of its own
            assertEquals(1.0, Math.abs(dot(r.axes()[a], VT[a])), TOLERANCE, "axis " + a + " is the reference's right singular vector");
            for (int j = 0; j < 4; j++) assertEquals(sign * VT[a][j], r.axes()[a][j], TOLERANCE);
            for (int i = 0; i < 8; i++) assertEquals(sign * UxS[i][a], r.points()[i * 2 + a], 1e-5, "point " + i + " on axis " + a);
        }
        // the sign rule: each axis's largest coordinate is positive (Vt[0] peaks at −0.568, Vt[1] at −0.864)
        assertEquals(-1.0, Math.signum(dot(r.axes()[0], VT[0])));
        assertEquals(-1.0, Math.signum(dot(r.axes()[1], VT[1])));
    }

    @Test
    void aNewPointIsProjectedAsTheOthersWereAndAlignmentUndoesAFlip() {
        Pca.Result r = Pca.fit(X, 8, 4, 2);
        for (int i = 0; i < 8; i++) {
            float[] p = r.project(java.util.Arrays.copyOfRange(X, i * 4, i * 4 + 4));
            assertArrayEquals(new float[] {r.points()[2 * i], r.points()[2 * i + 1]}, p, 1e-5f);
        }
        double[][] flippedAxes = {negate(r.axes()[0]), r.axes()[1]};
        float[] flippedPoints = r.points().clone();
        for (int i = 0; i < 8; i++) flippedPoints[2 * i] = -flippedPoints[2 * i];
        Pca.Result flipped = new Pca.Result(8, 2, r.mean(), flippedAxes, r.variances(), r.total(), flippedPoints);
        Pca.Result back = flipped.alignedTo(r);
        assertArrayEquals(r.points(), back.points());
        assertArrayEquals(r.axes()[0], back.axes()[0]);
        double all = 0;
        for (double s : S) all += s * s;
        assertEquals((S[0] * S[0] + S[1] * S[1]) / all, r.share(0) + r.share(1), TOLERANCE, "the two axes hold 92% of the spread");
    }

    @Test
    void refusesTooFewPointsOrAxes() {
        assertThrows(IllegalArgumentException.class, () -> Pca.fit(X, 1, 4, 2));
        assertThrows(IllegalArgumentException.class, () -> Pca.fit(X, 8, 4, 5));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    private static double[] negate(double[] a) {
        double[] out = a.clone();
        for (int i = 0; i < out.length; i++) out[i] = -out[i];
        return out;
    }
}
