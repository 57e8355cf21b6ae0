package org.convscope.engine.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
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

    static void maxInto(float[] src, int s, float[] dst, int d, int n) {
        int i = 0;
        for (int upper = S.loopBound(n); i < upper; i += L) {
            FloatVector.fromArray(S, dst, d + i).max(FloatVector.fromArray(S, src, s + i)).intoArray(dst, d + i);
        }
        for (; i < n; i++) dst[d + i] = Math.max(dst[d + i], src[s + i]);
    }

    static void relu(float[] src, float[] dst, int n) {
        int i = 0;
        for (int upper = S.loopBound(n); i < upper; i += L) {
            FloatVector.fromArray(S, src, i).max(0f).intoArray(dst, i);
        }
        for (; i < n; i++) dst[i] = Math.max(src[i], 0f);
    }

    static void reluBackward(float[] y, float[] dy, float[] dx, int n) {
        // y > 0 exactly when y's bits are a positive int: then both −bits and ~bits have the sign bit
        // set and (−bits & ~bits) >> 31 is all ones, a mask for dy made of integer ops (masked blends
        // are slow on some JDKs); 0, −0 and negatives all give 0

        int i = 0;
        for (int upper = S.loopBound(n); i < upper; i += L) {
            IntVector bits = FloatVector.fromArray(S, y, i).reinterpretAsInts();
            IntVector keep = bits.neg().and(bits.not()).lanewise(VectorOperators.ASHR, 31);
            IntVector g = FloatVector.fromArray(S, dy, i).reinterpretAsInts();
            g.and(keep).reinterpretAsFloats().intoArray(dx, i);
        }
        for (; i < n; i++) dx[i] = y[i] > 0f ? dy[i] : 0f;
    }
}
