package org.convscope.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunTest {

    @Test
    void figuresComeFromTheEpochs() {
        Run r = Runs.appRun("a");
        assertEquals(0.90625, r.bestTestAccuracy());
        assertEquals(0.90625, r.finalTestAccuracy());
        assertEquals(0.9375, r.finalTrainAccuracy());
        assertEquals(0.9375 - 0.90625, r.finalGap());
        assertEquals(1, r.last().epoch());
    }

    @Test
    void aRunWithoutEpochsHasNoFigures() {
        Run r = new Run("x", null, null, "mnist", Runs.appRun("a").spec(), Runs.appRun("a").settings(), 1, Double.NaN,
                Double.NaN, List.of(), List.of(), null);
        assertTrue(Double.isNaN(r.bestTestAccuracy()));
        assertTrue(Double.isNaN(r.finalGap()));
        assertThrows(IllegalArgumentException.class, () -> r.withName(" "));
    }

    @Test
    void aLongCurveIsThinnedToMeansThatEndWhereTrainingEnded() {
        List<BatchPoint> points = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) points.add(new BatchPoint(i, i / 500.0, i % 2 == 0 ? 1 : 3, 0.5));
        List<BatchPoint> thin = RunCurve.thin(points, 100);
        assertEquals(100, thin.size());
        assertEquals(new BatchPoint(10, 0.02, 2, 0.5), thin.get(0), "the mean of the first ten, at the tenth");
        assertEquals(1000, thin.get(99).step());
        assertEquals(2.0, thin.get(99).epochPosition());
        assertEquals(points.subList(0, 7), RunCurve.thin(points.subList(0, 7), 100), "a short curve is kept as it is");
        assertEquals(RunCurve.MAX_POINTS, RunCurve.thin(points).size());
    }
}
