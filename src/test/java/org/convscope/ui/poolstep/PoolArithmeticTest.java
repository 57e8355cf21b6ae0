package org.convscope.ui.poolstep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Inspection;
import org.convscope.engine.model.Inspector;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.tensor.Shape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The pool stepper's winner is the engine's argmax; its average is the engine's average pooling. */
class PoolArithmeticTest {

    private static Inspection inspect(String layers, long seed) {
        ModelSpec spec = ModelSpec.parse(layers, Shape.image(2, 13, 11));
        Sequential model = Sequential.build(spec, seed);
        SplittableRandom rng = new SplittableRandom(seed);
        float[] image = new float[spec.input().size()];
        for (int i = 0; i < image.length; i++) image[i] = (float) rng.nextDouble();
        return Inspector.inspect(model, image);
    }

    @ParameterizedTest
    @ValueSource(strings = {"c6k3-p2-f-d3", "c5k3same-p3s2-f-d3", "c4k2-p3x2s1x2-f-d3"})
    void maxPoolingWinnerIsTheEnginesArgmaxForEveryWindow(String layers) {
        PoolLayerTaps pool = PoolLayerTaps.of(inspect(layers, 11)).get(0);
        PoolWindow w = pool.window();
        int checked = 0, zeros = 0;
        for (int c = 0; c < w.channels(); c++)
            for (int oy = 0; oy < w.outHeight(); oy++)
                for (int ox = 0; ox < w.outWidth(); ox++) {
                    PoolStep s = pool.arithmetic().at(c, oy, ox);
                    String where = layers + " channel " + c + " at " + oy + "," + ox;
                    assertEquals(pool.engineWinner(c, oy, ox), s.winnerRow() * w.width() + s.winnerColumn(), where);
                    assertEquals(pool.engineOutput(c, oy, ox), s.max(), 0, where);
                    if (s.max() == 0) zeros++;
                    checked++;
                }
        assertTrue(checked > 50);
        assertTrue(zeros < checked, "not every window is all ReLU zeros, so the winner means something");
    }

    @Test
    void averagePoolingEqualsTheEngine() {
        PoolLayerTaps pool = PoolLayerTaps.of(inspect("c3k3-ap2-f-d3", 5)).get(0);
        assertEquals(PoolMode.AVERAGE, pool.engineMode());
        PoolWindow w = pool.window();
        for (int c = 0; c < w.channels(); c++)
            for (int oy = 0; oy < w.outHeight(); oy++)
                for (int ox = 0; ox < w.outWidth(); ox++) {
                    double engine = pool.engineOutput(c, oy, ox);
                    assertEquals(engine, pool.arithmetic().at(c, oy, ox).average(), 1e-6 * (1 + Math.abs(engine)));
                }
    }

    @Test
    void theCourseExample() {
        PoolLayerTaps course = PoolLayerTaps.courseExample();
        PoolStep first = course.arithmetic().at(0, 0, 0);
        assertArrayEquals(new float[] {29, 15, 0, 100}, first.values());
        assertEquals(100, first.max());
        assertEquals(36, first.average());
        assertEquals((29 + 2 * 15 + 2 * 0 + 100) / 6.0, first.weighted(), 1e-12);
        assertArrayEquals(new float[] {100, 184, 12, 45}, course.arithmetic().map(0, PoolMode.MAX));
        assertArrayEquals(new float[] {36, 80, 12, 15}, course.arithmetic().map(0, PoolMode.AVERAGE));
    }

    @Test
    void weightMasksAreFixedAndNotPlainAverages() {
        WeightMask two = WeightMask.forWindow(2, 2);
        assertArrayEquals(new int[] {1, 2, 2, 1}, two.weights());
        assertEquals(6, two.total());
        WeightMask three = WeightMask.forWindow(3, 3);
        assertArrayEquals(new int[] {1, 2, 1, 2, 4, 2, 1, 2, 1}, three.weights());
        assertEquals(16, three.total());
        assertArrayEquals(new int[] {1, 3, 3, 1}, WeightMask.forWindow(1, 4).weights());
    }

    @Test
    void tiesGoToTheFirstMaximum() {
        PoolArithmetic a = new PoolArithmetic(new PoolWindow(1, 2, 2, 2, 2, 2, 2), new float[] {0, 5, 5, 1});
        assertEquals(1, a.at(0, 0, 0).winner());
        assertEquals(List.of(0, 1), List.of(a.at(0, 0, 0).winnerRow(), a.at(0, 0, 0).winnerColumn()));
    }
}
