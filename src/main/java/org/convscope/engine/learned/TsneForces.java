package org.convscope.engine.learned;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * t-SNE's inner loop with the Vector API, all lanes of the map at once. Only loaded when
 * {@link org.convscope.engine.kernel.Simd#available()}: referencing it without the incubator module would fail.
 */
final class TsneForces {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    private TsneForces() {
    }

    /**
     * Row i's sums over all j (j = i included: it adds 1 to Σq and nothing to the forces), into out:
     * Σ p_ij q d0, Σ p_ij q d1, Σ q² d0, Σ q² d1, Σ q, with d = yi − yj and q = 1/(1 + |d|²).
     * p: [n, n] from {@code row}; y0, y1: [n], the map's two coordinates.
     */
    static void row(float[] p, int row, float[] y0, float[] y1, int i, int n, double[] out) {
        FloatVector one = FloatVector.broadcast(S, 1f);
        FloatVector yi0 = FloatVector.broadcast(S, y0[i]), yi1 = FloatVector.broadcast(S, y1[i]);
        FloatVector a0 = FloatVector.zero(S), a1 = a0, r0 = a0, r1 = a0, sum = a0;
        int j = 0;
        for (int bound = S.loopBound(n); j < bound; j += S.length()) {
            FloatVector d0 = yi0.sub(FloatVector.fromArray(S, y0, j));
            FloatVector d1 = yi1.sub(FloatVector.fromArray(S, y1, j));
            FloatVector q = one.div(d0.fma(d0, d1.fma(d1, one)));
            FloatVector pq = FloatVector.fromArray(S, p, row + j).mul(q), qq = q.mul(q);
            a0 = pq.fma(d0, a0);
            a1 = pq.fma(d1, a1);
            r0 = qq.fma(d0, r0);
            r1 = qq.fma(d1, r1);
            sum = sum.add(q);
        }
        double s0 = a0.reduceLanes(VectorOperators.ADD), s1 = a1.reduceLanes(VectorOperators.ADD);
        double s2 = r0.reduceLanes(VectorOperators.ADD), s3 = r1.reduceLanes(VectorOperators.ADD);
        double s4 = sum.reduceLanes(VectorOperators.ADD);
        for (; j < n; j++) {
            float d0 = y0[i] - y0[j], d1 = y1[i] - y1[j];
            float q = 1f / (1f + d0 * d0 + d1 * d1), pq = p[row + j] * q, qq = q * q;
            s0 += pq * d0;
            s1 += pq * d1;
            s2 += qq * d0;
            s3 += qq * d1;
            s4 += q;
        }
        out[0] = s0;
        out[1] = s1;
        out[2] = s2;
        out[3] = s3;
        out[4] = s4 - 1; // j = i
    }
}
