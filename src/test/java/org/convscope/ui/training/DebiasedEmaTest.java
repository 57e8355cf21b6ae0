package org.convscope.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DebiasedEmaTest {

    /** The closed form, independent of the recurrence: (1−w)·Σ w^(t−i)·y_i / (1 − w^t). */
    private static double closedForm(double[] values, int t, double w) {
        double sum = 0;
        for (int i = 1; i <= t; i++) {
            sum += Math.pow(w, t - i) * values[i - 1];
        }
        return (1 - w) * sum / (1 - Math.pow(w, t));
    }

    private static double[] noisyValues(int count) {
        Random random = new Random(7);
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = 2 * Math.exp(-i / 50.0) + 0.2 * random.nextGaussian();
        }
        return values;
    }

    @Test
    void weightZeroReturnsTheRawValuesExactly() {
        DebiasedEma ema = new DebiasedEma(0);
        for (double value : noisyValues(200)) {
            assertEquals(value, ema.next(value), 0.0);
        }
    }

    @Test
    void matchesTheClosedFormForSeveralWeights() {
        double[] values = noisyValues(300);
        for (double w : new double[] {0.3, 0.6, 0.9, 0.99}) {
            DebiasedEma ema = new DebiasedEma(w);
            for (int t = 1; t <= values.length; t++) {
                assertEquals(closedForm(values, t, w), ema.next(values[t - 1]), 1e-12, "w=" + w + " t=" + t);
            }
        }
    }

    @Test
    void debiasingKeepsTheFirstValueAndAConstantSeriesFlat() {
        DebiasedEma ema = new DebiasedEma(0.9);
        assertEquals(3.0, ema.next(3.0), 1e-15);     // a plain EMA from 0 would give 0.3
        for (int i = 0; i < 50; i++) {
            assertEquals(3.0, ema.next(3.0), 1e-12);
        }
    }

    @Test
    void nonFiniteValuesPassThroughWithoutPoisoningTheAverage() {
        DebiasedEma withGap = new DebiasedEma(0.6);
        DebiasedEma without = new DebiasedEma(0.6);
        withGap.next(1.0);
        without.next(1.0);
        assertTrue(Double.isNaN(withGap.next(Double.NaN)));
        assertEquals(Double.POSITIVE_INFINITY, withGap.next(Double.POSITIVE_INFINITY));
        assertEquals(without.next(2.0), withGap.next(2.0), 0.0);
    }

    @Test
    void weightIsClampedToTheDocumentedRange() {
        assertEquals(0.0, DebiasedEma.clampWeight(-0.5));
        assertEquals(0.0, DebiasedEma.clampWeight(Double.NaN));
        assertEquals(0.99, DebiasedEma.clampWeight(1.0));
        assertEquals(0.6, DebiasedEma.clampWeight(0.6));
        assertEquals(0.99, new DebiasedEma(5).weight());
    }
}
