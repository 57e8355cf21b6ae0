package org.convscope.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimatorTest {
    private static final int BATCHES = 20 * 1875;

    private static double[] positions(int count) {
        double[] positions = new double[count];
        for (int i = 0; i < count; i++) {
            positions[i] = (i + 1) / 1875.0;
        }
        return positions;
    }

    private static double[] noisyLoss(int count) {
        Random random = new Random(3);
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = 0.05 + 2.25 * Math.exp(-3.0 * i / 1875) + 0.05 * random.nextDouble();
        }
        return values;
    }

    @Test
    void fewPointsAreShownExactly() {
        double[] x = positions(100);
        double[] y = noisyLoss(100);
        for (Decimator.Mode mode : Decimator.Mode.values()) {
            Decimator decimator = new Decimator(mode, 250);
            decimator.update(x, y, 100);
            assertEquals(100, decimator.size(), mode.name());
            for (int i = 0; i < 100; i++) {
                assertEquals(x[i], decimator.position(i), 0.0);
                assertEquals(y[i], decimator.value(i), 0.0);
            }
        }
    }

    @Test
    void staysBoundedAndRebuildsOnlyWhenTheDataDoubles() {
        double[] x = positions(BATCHES);
        double[] y = noisyLoss(BATCHES);
        Decimator decimator = new Decimator(Decimator.Mode.MIN_MAX, 250);
        int rebuilds = 0;
        for (int count = 50; count <= BATCHES; count += 50) {
            decimator.update(x, y, count);
            if (decimator.takeFirstChanged() == 0 && count > 50) {
                rebuilds++;
            }
            assertTrue(decimator.size() <= 500, "at " + count + ": " + decimator.size());
        }
        // 37,500 / 250 buckets needs buckets of 256 = 2^8 points: eight doublings, one rebuild each
        assertEquals(256, decimator.bucketSize());
        assertEquals(8, rebuilds);
        assertTrue(decimator.size() >= 250, "too coarse: " + decimator.size());
    }

    @Test
    void minMaxKeepsASpikeThatAMeanWouldHide() {
        double[] x = positions(BATCHES);
        double[] y = noisyLoss(BATCHES);
        y[23_456] = 9.0;
        Decimator minMax = new Decimator(Decimator.Mode.MIN_MAX, 250);
        minMax.update(x, y, BATCHES);
        boolean found = false;
        for (int i = 0; i < minMax.size(); i++) {
            found |= minMax.value(i) == 9.0 && minMax.position(i) == x[23_456];
        }
        assertTrue(found, "the spike and its position are shown");

        Decimator mean = new Decimator(Decimator.Mode.MEAN, 250);
        mean.update(x, y, BATCHES);
        for (int i = 0; i < mean.size(); i++) {
            assertTrue(mean.value(i) < 2.5, "a mean over 256 points dilutes the spike: " + mean.value(i));
        }
    }

    @Test
    void meanBucketsAreTheMeansOfConsecutivePoints() {
        double[] x = positions(1000);
        double[] y = noisyLoss(1000);
        Decimator decimator = new Decimator(Decimator.Mode.MEAN, 300);
        decimator.update(x, y, 1000);
        assertEquals(4, decimator.bucketSize());
        assertEquals(250, decimator.size());
        for (int bucket = 0; bucket < 250; bucket++) {
            double xSum = 0;
            double ySum = 0;
            for (int i = 4 * bucket; i < 4 * bucket + 4; i++) {
                xSum += x[i];
                ySum += y[i];
            }
            assertEquals(xSum / 4, decimator.position(bucket), 1e-12);
            assertEquals(ySum / 4, decimator.value(bucket), 1e-12);
        }
    }

    @Test
    void minMaxPairsAreInTheirOriginalOrder() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] y = {5, 9, 1, 5, 2, 2, 0, 7};
        Decimator decimator = new Decimator(Decimator.Mode.MIN_MAX, 2);   // buckets of 4
        decimator.update(x, y, 8);
        assertEquals(4, decimator.bucketSize());
        assertEquals(4, decimator.size());
        double[][] expected = {{2, 9}, {3, 1}, {7, 0}, {8, 7}};
        for (int i = 0; i < 4; i++) {
            assertEquals(expected[i][0], decimator.position(i));
            assertEquals(expected[i][1], decimator.value(i));
        }
    }

    @Test
    void growingInSmallStepsGivesTheSameResultAsOneUpdate() {
        double[] x = positions(5000);
        double[] y = noisyLoss(5000);
        for (Decimator.Mode mode : Decimator.Mode.values()) {
            Decimator stepwise = new Decimator(mode, 100);
            for (int count = 7; count < 5000; count += 7) {
                stepwise.update(x, y, count);
            }
            stepwise.update(x, y, 5000);
            Decimator once = new Decimator(mode, 100);
            once.update(x, y, 5000);
            assertEquals(once.bucketSize(), stepwise.bucketSize());
            assertEquals(once.size(), stepwise.size(), mode.name());
            for (int i = 0; i < once.size(); i++) {
                assertEquals(once.position(i), stepwise.position(i), 0.0);
                assertEquals(once.value(i), stepwise.value(i), 0.0);
            }
        }
    }

    @Test
    void anAppendChangesOnlyTheOpenBucket() {
        double[] x = positions(1000);
        double[] y = noisyLoss(1000);
        Decimator decimator = new Decimator(Decimator.Mode.MEAN, 100);
        decimator.update(x, y, 801);                   // buckets of 16: 50 full, the 51st open with 1 point
        assertEquals(16, decimator.bucketSize());
        assertEquals(51, decimator.size());
        assertEquals(0, decimator.takeFirstChanged());
        assertEquals(51, decimator.takeFirstChanged(), "nothing changed since");
        decimator.update(x, y, 805);
        assertEquals(50, decimator.takeFirstChanged(), "only the open bucket is re-emitted");
        decimator.update(x, y, 840);                   // closes bucket 50, fills 51, opens 52
        assertEquals(50, decimator.takeFirstChanged());
        assertEquals(53, decimator.size());
        decimator.update(x, y, 841);
        assertEquals(52, decimator.takeFirstChanged());
    }

    @Test
    void nonFiniteValuesAreLeftOut() {
        double[] x = {1, 2, 3, 4};
        double[] y = {1, Double.NaN, Double.POSITIVE_INFINITY, 4};
        Decimator exact = new Decimator(Decimator.Mode.MIN_MAX, 10);
        exact.update(x, y, 4);
        assertEquals(2, exact.size());
        assertEquals(4, exact.position(1));
        Decimator mean = new Decimator(Decimator.Mode.MEAN, 1);      // one bucket of 4
        mean.update(x, y, 4);
        assertEquals(1, mean.size());
        assertEquals(2.5, mean.value(0));
        assertEquals(2.5, mean.position(0));
    }

    @Test
    void resetStartsOverWithSinglePointBuckets() {
        double[] x = positions(2000);
        double[] y = noisyLoss(2000);
        Decimator decimator = new Decimator(Decimator.Mode.MEAN, 100);
        decimator.update(x, y, 2000);
        decimator.reset();
        assertEquals(0, decimator.size());
        decimator.update(x, y, 10);
        assertEquals(1, decimator.bucketSize());
        assertEquals(10, decimator.size());
    }
}
