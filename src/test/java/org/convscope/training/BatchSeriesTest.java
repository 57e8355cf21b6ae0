package org.convscope.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BatchSeriesTest {

    private static BatchSeries evenlySpaced(int count, int capacity) {
        BatchSeries s = new BatchSeries(2, capacity);
        for (int i = 0; i < count; i++) {
            s.add(100 + i, (i + 1) / 8.0, i * i, -i);     // eighths: exact in binary, so ties are real ties
        }
        return s;
    }

    @Test
    void keepsEveryBatchUpToItsCapacity() {
        BatchSeries s = evenlySpaced(10_000, 16_384);
        assertEquals(10_000, s.size());
        assertEquals(1, s.batchesPerPoint());
        assertEquals(0.125, s.position(0));
        assertEquals(9999.0 * 9999.0, s.value(0, 9999));
        assertEquals(-9999.0, s.value(1, 9999));
        assertEquals(100 + 5000, s.step(5000));
        assertEquals(0, s.partialCount());
    }

    @Test
    void atCapacityNeighboursMergeIntoMeansAtTheLaterBatch() {
        BatchSeries s = evenlySpaced(8, 8);                  // values 0,1,4,9,16,25,36,49
        assertEquals(4, s.size());
        assertEquals(2, s.batchesPerPoint());
        assertEquals(0.5, s.value(0, 0));                    // (0 + 1) / 2
        assertEquals(42.5, s.value(0, 3));                   // (36 + 49) / 2
        assertEquals(-6.5, s.value(1, 3));
        assertEquals(101, s.step(0));
        assertEquals(0.25, s.position(0));
        s.add(108, 9 / 8.0, 64, -8);
        assertEquals(4, s.size(), "one batch of two: partial, not stored yet");
        assertEquals(1, s.partialCount());
        assertEquals(64, s.partialMean(0));
        assertEquals(108, s.partialStep());
        s.add(109, 10 / 8.0, 81, -9);
        assertEquals(5, s.size());
        assertEquals(72.5, s.value(0, 4));
        assertEquals(0, s.partialCount());
        assertTrue(Double.isNaN(s.partialMean(0)));
    }

    @Test
    void aLongRunStaysWithinItsCapacityAndKeepsTheMean() {
        BatchSeries s = evenlySpaced(1_000_003, 1024);
        assertTrue(s.size() < 1024, "stored " + s.size());
        assertEquals(1024, s.batchesPerPoint());              // 1,000,003 batches / 1024 → 976 points
        assertEquals(976, s.size());
        assertEquals(1_000_003 - 976 * 1024, s.partialCount());
        assertEquals(100 + 1023, s.step(0));
        double mean = 0;                                     // of column 1 (−i) over the first point: −511.5
        assertEquals(-511.5, s.value(1, 0), 1e-9);
        for (int i = 0; i < s.size(); i++) mean += s.value(1, i) / s.size();
        assertEquals(-(976 * 1024 - 1) / 2.0, mean, 1e-6);
    }

    @Test
    void nearestIndexFindsTheClosestPosition() {
        BatchSeries s = evenlySpaced(100, 128);              // positions 0.125, 0.25, …, 12.5
        assertEquals(0, s.nearestIndex(-5));
        assertEquals(0, s.nearestIndex(0.14));
        assertEquals(1, s.nearestIndex(0.2));
        assertEquals(33, s.nearestIndex(4.2));               // 4.25 is closer than 4.125
        assertEquals(32, s.nearestIndex(4.18));
        assertEquals(99, s.nearestIndex(50));
        assertEquals(3, s.nearestIndex(0.5625), "a tie goes to the earlier point");
    }

    @Test
    void clearStartsAgainOneBatchAPoint() {
        BatchSeries s = evenlySpaced(9, 8);
        s.clear();
        assertEquals(0, s.size());
        assertEquals(1, s.batchesPerPoint());
        assertEquals(0, s.partialCount());
        assertEquals(-1, s.nearestIndex(1));
        s.add(1, 0.5, 3, 4);
        assertEquals(1, s.size());
        assertEquals(3, s.value(0, 0));
    }

    @Test
    void rejectsWrongRowsCapacitiesAndIndexes() {
        assertThrows(IllegalArgumentException.class, () -> new BatchSeries(2, 7));
        assertThrows(IllegalArgumentException.class, () -> new BatchSeries(0, 8));
        BatchSeries s = new BatchSeries(2, 8);
        assertThrows(IllegalArgumentException.class, () -> s.add(1, 0.5, 1.0));
        assertThrows(IndexOutOfBoundsException.class, () -> s.step(0));
    }
}
