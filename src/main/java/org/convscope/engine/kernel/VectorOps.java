package org.convscope.engine.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** Vector API element-wise loops; only loaded when {@link Simd#available()}. */
final class VectorOps {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private VectorOps() {
    }

    static void addInto(float[] src, int s, float[] dst, int d, int n) {
        int i = 0;
        for (int upper = S.loopBound(n); i < upper; i += L) {
            FloatVector.fromArray(S, dst, d + i).add(FloatVector.fromArray(S, src, s + i)).intoArray(dst, d + i);
        }
        for (; i < n; i++) dst[d + i] += src[s + i];
    }

    static void relu(float[] src, float[] dst, int n) {
        int i = 0;
        for (int upper = S.loopBound(n); i < upper; i += L) {
            FloatVector.fromArray(S, src, i).max(0f).intoArray(dst, i);
        }
        for (; i < n; i++) dst[i] = Math.max(src[i], 0f);
    }

    static void reluBackward(float[] y, float[] dy, float[] dx, int n) {
        int i = 0;
        FloatVector zero = FloatVector.zero(S);
        for (int upper = S.loopBound(n); i < upper; i += L) {
            FloatVector yv = FloatVector.fromArray(S, y, i);
            FloatVector g = FloatVector.fromArray(S, dy, i);
            g.blend(zero, yv.compare(VectorOperators.LE, 0f)).intoArray(dx, i);
        }
        for (; i < n; i++) dx[i] = y[i] > 0f ? dy[i] : 0f;
    }
}
