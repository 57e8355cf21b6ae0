package org.convscope.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BatchPointsTest {

    private static BatchPoints evenlySpaced(int count) {
        BatchPoints points = new BatchPoints();
        for (int i = 0; i < count; i++) {
            points.add((i + 1) / 8.0, i * i, 100 + i);     // eighths: exact in binary, so ties are real ties
        }
        return points;
    }

    @Test
    void growsPastItsInitialCapacityKeepingEveryValue() {
        BatchPoints points = evenlySpaced(10_000);
        assertEquals(10_000, points.size());
        assertEquals(0.125, points.position(0));
        assertEquals(9999.0 * 9999.0, points.value(9999));
        assertEquals(100 + 5000, points.step(5000));
    }

    @Test
    void nearestIndexFindsTheClosestPosition() {
        BatchPoints points = evenlySpaced(100);          // positions 0.125, 0.25, …, 12.5
        assertEquals(0, points.nearestIndex(-5));
        assertEquals(0, points.nearestIndex(0.14));
        assertEquals(1, points.nearestIndex(0.2));
        assertEquals(33, points.nearestIndex(4.2));      // 4.25 is closer than 4.125
        assertEquals(32, points.nearestIndex(4.18));
        assertEquals(99, points.nearestIndex(50));
        assertEquals(3, points.nearestIndex(0.5625), "a tie goes to the earlier point");
    }

    @Test
    void emptyAndClearedHaveNoNearestPoint() {
        assertEquals(-1, new BatchPoints().nearestIndex(1));
        BatchPoints points = evenlySpaced(5);
        points.clear();
        assertEquals(0, points.size());
        assertEquals(-1, points.nearestIndex(1));
    }
}
