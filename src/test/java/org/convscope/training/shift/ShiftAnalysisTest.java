package org.convscope.training.shift;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convscope.data.Dataset;
import org.convscope.data.DatasetKind;
import org.convscope.data.Datasets;
import org.convscope.data.Split;
import org.convscope.engine.io.ModelFile;
import org.convscope.engine.model.Inspection;
import org.convscope.engine.model.Inspector;
import org.convscope.engine.model.LayerTap;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.tensor.Shape;
import org.convscope.training.PretrainedModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Move it on the shipped MNIST course model and a test digit: every figure from the engine's own forward pass. */
class ShiftAnalysisTest {
    private static Sequential model;
    private static float[] seven;
    private static ShiftReport report;

    @BeforeAll
    static void analyse() throws Exception {
        model = ModelFile.read(PretrainedModels.courseFile(DatasetKind.MNIST)).toSequential();
        Dataset test = Datasets.load(DatasetKind.MNIST, Split.TEST);
        seven = new float[784];
        test.writeNormalised(0, seven, 0); // a 7
        report = ShiftAnalysis.analyse(model, seven);
    }

    @Test
    void shiftingMovesTheImageAndFillsWithBackground() {
        Shape s = Shape.image(1, 3, 3);
        float[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        assertArrayEquals(new float[] {0, 1, 2, 0, 4, 5, 0, 7, 8}, ImageShift.shift(v, s, 1, 0));
        assertArrayEquals(new float[] {4, 5, 6, 7, 8, 9, 0, 0, 0}, ImageShift.shift(v, s, 0, -1));
        assertArrayEquals(new float[9], ImageShift.shift(v, s, 3, 0));
        assertArrayEquals(v, ImageShift.shift(v, s, 0, 0));
    }

    @Test
    void theGridIsTheModelsPredictionOfEveryShiftedImage() {
        ShiftGrid g = report.grid();
        assertEquals(13, g.side());
        Inspection centre = Inspector.inspect(model, seven);
        assertEquals(7, centre.predicted());
        assertEquals(centre.predicted(), g.predictedAt(0, 0));
        assertEquals(centre.probabilities()[7], g.confidenceAt(0, 0), 1e-5);
        for (int[] d : new int[][] {{-6, 2}, {3, -5}, {6, 6}}) {
            Inspection moved = ShiftAnalysis.shifted(model, seven, d[0], d[1]);
            assertEquals(moved.predicted(), g.predictedAt(d[0], d[1]));
            assertEquals(moved.probabilities()[moved.predicted()], g.confidenceAt(d[0], d[1]), 1e-5);
        }
        for (int dy = -1; dy <= 1; dy++)
            for (int dx = -1; dx <= 1; dx++) assertEquals(7, g.predictedAt(dx, dy), "a pixel's shift reads the same");
    }

    @Test
    void theLayersAreTheSpecsMapsAfterTheirActivation() {
        assertEquals(List.of("conv2d", "max_pooling2d", "conv2d_1", "max_pooling2d_1", "conv2d_2", "dense", "dense_1"),
                report.layers().stream().map(LayerShift::name).toList());
        assertEquals(List.of(1, 2, 2, 4, 4, 4, 4), report.layers().stream().map(LayerShift::stride).toList());
        assertTrue(report.layers().get(4).spatial());
        assertTrue(!report.layers().get(5).spatial());
    }

    @Test
    void distancesAreThoseOfTheInspectorsTaps() {
        Inspection still = Inspector.inspect(model, seven);
        LayerShift conv1 = report.layers().get(0), pool2 = report.layers().get(3);
        double inPlace = 0, withInput = 0;
        int[][] dirs = {{2, 0}, {-2, 0}, {0, 2}, {0, -2}};
        int tap = lastTap(still, pool2.specIndex());
        LayerTap t0 = still.taps().get(tap);
        for (int[] d : dirs) {
            float[] moved = Inspector.inspect(model, ImageShift.shift(seven, model.inputShape(), d[0], d[1])).taps().get(tap).output();
            inPlace += Distance.relative(moved, t0.output()) / 4;
            // two pixels are half a cell after two poolings: rounded to one cell
            withInput += Distance.relativeMoved(moved, t0.output(), t0.outputShape(), Integer.signum(d[0]), Integer.signum(d[1])) / 4;
        }
        assertEquals(inPlace, pool2.inPlace()[1], 1e-12);
        assertEquals(withInput, pool2.withInput()[1], 1e-12);
        assertTrue(conv1.inPlace()[0] > 0.3, "the first convolution's map changes a lot in place: " + conv1.inPlace()[0]);
    }

    @Test
    void convolutionsMoveWithTheInputAndPoolingMakesTheMapsSteadier() {
        LayerShift conv1 = report.layers().get(0), pool1 = report.layers().get(1), conv2 = report.layers().get(2);
        for (int s = 0; s < 3; s++) assertTrue(conv1.withInput()[s] < 1e-5, "equivariant: " + conv1.withInput()[s]);
        // a 2-pixel shift is one whole cell after the first pooling: the map moves with it exactly
        assertTrue(pool1.withInput()[1] < 1e-5, "pool1 at 2 px: " + pool1.withInput()[1]);
        assertTrue(conv2.withInput()[1] < 1e-5, "conv2 at 2 px: " + conv2.withInput()[1]);
        // in place, the change shrinks after each pooling, and the output hardly changes
        double first = conv1.inPlace()[0], afterPooling = report.layers().get(3).inPlace()[0], output = report.layers().get(6).inPlace()[0];
        assertTrue(afterPooling < first, afterPooling + " < " + first);
        assertTrue(output < first, output + " < " + first);
    }

    private static int lastTap(Inspection inspection, int specIndex) {
        int last = -1;
        for (LayerTap t : inspection.taps()) if (t.specIndex() == specIndex) last = t.index();
        return last;
    }
}
