package org.convscope.engine.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
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

    /** {@link Vec#maxWindow} for the whole vectors of channels; returns the first channel left to do. */
    static int maxWindow(float[] src, int first, int rowStride, int sizeH, int sizeW, int c, float floor, float[] dst, int d) {
        int ch = 0;
        if (sizeH == 2 && sizeW == 2) {
            // the common 2×2 window without the index arithmetic of the general loop
            for (int upper = S.loopBound(c); ch < upper; ch += L) {
                int i = first + ch;
                FloatVector.broadcast(S, floor).max(FloatVector.fromArray(S, src, i)).max(FloatVector.fromArray(S, src, i + c))
                        .max(FloatVector.fromArray(S, src, i + rowStride)).max(FloatVector.fromArray(S, src, i + rowStride + c))
                        .intoArray(dst, d + ch);
            }
            return ch;
        }
        for (int upper = S.loopBound(c); ch < upper; ch += L) {
            FloatVector m = FloatVector.broadcast(S, floor);
            for (int q = 0, size = sizeH * sizeW; q < size; q++) {
                m = m.max(FloatVector.fromArray(S, src, first + (q / sizeW) * rowStride + (q % sizeW) * c + ch));
            }
            m.intoArray(dst, d + ch);
        }
        return ch;
    }

    /**
     * Max-pool backward for one window and the channels [0, vectorChannels) (a multiple of L): the
     * gradient of each output goes to the first input of the window equal to it; with
     * {@code onlyPositive} (the pooled input came from a ReLU) outputs of 0 send nothing, which is
     * the ReLU's own backward folded in.
     *
     * <p>The first winner is found without mask arithmetic (and/not of masks is not intrinsified on
     * every JDK and then allocates): walking the window backwards, each equal input overwrites the
     * winner's index, so the index left is the first one's.
     */
    static void maxPoolBackwardWindow(float[] x, float[] y, float[] dy, float[] dx, int first, int o,
                                      int sizeH, int sizeW, int rowStride, int c, int vectorChannels, boolean onlyPositive,
                                      boolean overwrite) {
        FloatVector zero = FloatVector.zero(S);
        int size = sizeH * sizeW;
        for (int ch = 0; ch < vectorChannels; ch += L) {
            FloatVector yv = FloatVector.fromArray(S, y, o + ch);
            FloatVector g = FloatVector.fromArray(S, dy, o + ch);
            if (onlyPositive) g = zero.blend(g, yv.compare(VectorOperators.GT, 0f));
            FloatVector winner = FloatVector.broadcast(S, -1f);
            for (int q = size - 1; q >= 0; q--) {
                int p = first + (q / sizeW) * rowStride + (q % sizeW) * c + ch;
                winner = winner.blend(q, FloatVector.fromArray(S, x, p).compare(VectorOperators.EQ, yv));
            }
            for (int q = 0; q < size; q++) {
                int p = first + (q / sizeW) * rowStride + (q % sizeW) * c + ch;
                FloatVector share = zero.blend(g, winner.compare(VectorOperators.EQ, q));
                (overwrite ? share : FloatVector.fromArray(S, dx, p).add(share)).intoArray(dx, p);
            }
        }
    }

    /**
     * {@link #maxPoolBackwardWindow} for a 2×2 window whose dx is written, not added to: the gradient
     * goes to the first of the four inputs equal to the maximum and is taken away from the others,
     * in straight-line code.
     */
    static void maxPoolBackward2x2(float[] x, float[] y, float[] dy, float[] dx, int first, int o,
                                   int rowStride, int c, int vectorChannels, boolean onlyPositive) {
        FloatVector zero = FloatVector.zero(S);
        for (int ch = 0; ch < vectorChannels; ch += L) {
            int p0 = first + ch, p1 = p0 + c, p2 = p0 + rowStride, p3 = p2 + c;
            FloatVector yv = FloatVector.fromArray(S, y, o + ch);
            FloatVector g = FloatVector.fromArray(S, dy, o + ch);
            if (onlyPositive) g = zero.blend(g, yv.compare(VectorOperators.GT, 0f));
            VectorMask<Float> m0 = FloatVector.fromArray(S, x, p0).compare(VectorOperators.EQ, yv);
            VectorMask<Float> m1 = FloatVector.fromArray(S, x, p1).compare(VectorOperators.EQ, yv);
            VectorMask<Float> m2 = FloatVector.fromArray(S, x, p2).compare(VectorOperators.EQ, yv);
            VectorMask<Float> m3 = FloatVector.fromArray(S, x, p3).compare(VectorOperators.EQ, yv);
            zero.blend(g, m0).intoArray(dx, p0);
            g = g.blend(zero, m0); // the first winner took it: nothing left for the others
            zero.blend(g, m1).intoArray(dx, p1);
            g = g.blend(zero, m1);
            zero.blend(g, m2).intoArray(dx, p2);
            g = g.blend(zero, m2);
            zero.blend(g, m3).intoArray(dx, p3);
        }
    }

    /** As {@link #adamUpdate}, with the gradient summed from {@code parts} (in order) on the way and stored in gOut. */
    static int adamUpdateSum(float[] w, float[][] parts, int count, float[] gOut, float[] m, float[] v, int from, int to,
                             float b1, float b2, float eps, float alpha) {
        int i = from;
        for (int upper = from + S.loopBound(to - from); i < upper; i += L) {
            FloatVector gv = FloatVector.fromArray(S, parts[0], i);
            for (int c = 1; c < count; c++) gv = gv.add(FloatVector.fromArray(S, parts[c], i));
            gv.intoArray(gOut, i);
            FloatVector mv = FloatVector.fromArray(S, m, i).mul(b1).add(gv.mul(1 - b1));
            FloatVector vv = FloatVector.fromArray(S, v, i).mul(b2).add(gv.mul(gv).mul(1 - b2));
            mv.intoArray(m, i);
            vv.intoArray(v, i);
            FloatVector step = mv.mul(alpha).div(vv.sqrt().add(eps));
            FloatVector.fromArray(S, w, i).sub(step).intoArray(w, i);
        }
        return i;
    }

    static int adamUpdate(float[] w, float[] g, float[] m, float[] v, int from, int to,
                          float b1, float b2, float eps, float alpha) {
        int i = from;
        for (int upper = from + S.loopBound(to - from); i < upper; i += L) {
            FloatVector gv = FloatVector.fromArray(S, g, i);
            FloatVector mv = FloatVector.fromArray(S, m, i).mul(b1).add(gv.mul(1 - b1));
            FloatVector vv = FloatVector.fromArray(S, v, i).mul(b2).add(gv.mul(gv).mul(1 - b2));
            mv.intoArray(m, i);
            vv.intoArray(v, i);
            FloatVector step = mv.mul(alpha).div(vv.sqrt().add(eps));
            FloatVector.fromArray(S, w, i).sub(step).intoArray(w, i);
        }
        return i;
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
