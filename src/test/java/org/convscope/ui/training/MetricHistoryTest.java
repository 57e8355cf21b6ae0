package org.convscope.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetricHistoryTest {

    private static MetricHistory withBatches(double weight, double... values) {
        MetricHistory history = new MetricHistory(weight);
        double[] positions = new double[values.length];
        long[] steps = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            positions[i] = (i + 1) / 4.0;
            steps[i] = i + 1;
        }
        history.addBatches(positions, values, steps, values.length);
        return history;
    }

    @Test
    void smoothingIsRecomputedFromTheStoredRawValues() {
        MetricHistory history = withBatches(0.5, 4, 2, 8);
        // s1 = 0.5·4 = 2 → 2/0.5 = 4; s2 = 1 + 1 = 2 → 2/0.75; s3 = 1 + 4 = 5 → 5/0.875
        assertEquals(4, history.smoothed(0), 1e-15);
        assertEquals(2 / 0.75, history.smoothed(1), 1e-15);
        assertEquals(5 / 0.875, history.smoothed(2), 1e-15);
        history.setSmoothing(0);
        assertEquals(8, history.smoothed(2), 0.0);
        assertEquals(8, history.smoothedDisplay().value(2), 0.0, "the decimated copy follows");
    }

    @Test
    void epochValuesMayHaveGapsAndBeReplaced() {
        MetricHistory history = new MetricHistory(0.6);
        history.putEpoch(2, 0.4, Double.NaN);
        assertEquals(2, history.epochCount());
        assertTrue(Double.isNaN(history.epochTrain(1)), "epoch 1 never came");
        assertEquals(0.4, history.epochTrain(2));
        assertTrue(Double.isNaN(history.epochTest(2)));
        assertTrue(Double.isNaN(history.epochTrain(3)), "beyond the last epoch");
        history.putEpoch(2, 0.3, 0.35);
        assertEquals(0.3, history.epochTrain(2));
        assertEquals(0.35, history.epochTest(2));
        assertThrows(IllegalArgumentException.class, () -> history.putEpoch(0, 1, 1));
    }

    @Test
    void lastPositionCoversBatchesAndEpochs() {
        MetricHistory history = withBatches(0.6, 1, 2, 3, 4, 5, 6);      // up to 1.5
        assertEquals(1.5, history.lastPosition());
        history.putEpoch(2, 0.1, 0.1);
        assertEquals(2, history.lastPosition());
    }

    @Test
    void clearKeepsTheSmoothingWeight() {
        MetricHistory history = withBatches(0.9, 1, 2, 3);
        history.clear();
        assertEquals(0, history.batches().size());
        assertEquals(0, history.batchDisplay().size());
        assertEquals(0, history.epochCount());
        history.addBatches(new double[] {0.5, 1.0}, new double[] {1, 2}, new long[] {1, 2}, 2);
        assertEquals((0.09 + 0.2) / (1 - 0.81), history.smoothed(1), 1e-12);
    }

    @Test
    void aLongRunKeepsBoundedPointsWhoseSmoothingSpansAsManyBatches() {
        MetricHistory history = new MetricHistory(0.5, 4);     // 4 points kept, then pairs merged
        double[] positions = {0.25, 0.5, 0.75, 1.0, 1.25, 1.5};
        history.addBatches(positions, new double[] {1, 3, 5, 7, 9, 11}, new long[] {1, 2, 3, 4, 5, 6}, 6);
        assertEquals(3, history.batches().size(), "1-4 merged into two points, 5-6 a third");
        assertEquals(2, history.batches().batchesPerPoint());
        assertEquals(10, history.batches().value(0, 2));
        assertEquals(6, history.batches().step(2));
        assertEquals(1.5, history.lastPosition());
        // one point of two batches weighs as two batches did: weight 0.5² = 0.25
        // s1 = 0.75·2 = 1.5 → 1.5/0.75 = 2; s2 = 0.375 + 4.5 = 4.875 → 4.875/0.9375 = 5.2
        assertEquals(2, history.smoothed(0), 1e-12);
        assertEquals(5.2, history.smoothed(1), 1e-12);
        assertEquals(3, history.batchDisplay().size(), "the display was rebuilt from the merged points");
        assertEquals(10, history.batchDisplay().value(2));
    }

    @Test
    void rejectsACountLargerThanTheArrays() {
        MetricHistory history = new MetricHistory(0.6);
        assertThrows(IllegalArgumentException.class,
                () -> history.addBatches(new double[2], new double[3], new long[3], 3));
    }
}
