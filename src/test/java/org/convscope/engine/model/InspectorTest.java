package org.convscope.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.SplittableRandom;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.reference.ReferenceLayer;
import org.convscope.engine.reference.ReferenceNetwork;
import org.junit.jupiter.api.Test;

/** Every tap the views show equals what the double-precision reference computes layer by layer. */
class InspectorTest {

    @Test
    void everyTapMatchesTheReferenceLayerByLayer() {
        ModelSpec spec = ModelSpec.course();
        Sequential model = Sequential.build(spec, 3);
        SplittableRandom rng = new SplittableRandom(5);
        float[] image = new float[784];
        for (int i = 0; i < image.length; i++) image[i] = (float) rng.nextDouble();
        Inspection ins = Inspector.inspect(model, image);

        ReferenceNetwork ref = ReferenceNetwork.of(spec);
        float[] w = model.exportWeights();
        double[] params = new double[w.length];
        for (int i = 0; i < w.length; i++) params[i] = w[i];
        double[] x = new double[784];
        for (int i = 0; i < 784; i++) x[i] = image[i];
        assertEquals(ref.layers().size() + 1, ins.taps().size(), "the reference fuses the final softmax into its loss");
        for (int i = 0; i < ref.layers().size(); i++) {
            ReferenceLayer l = ref.layers().get(i);
            x = l.forward(x, 1, params, ref.paramOffset(i));
            float[] tap = ins.taps().get(i).output();
            assertEquals(x.length, tap.length, "layer " + i);
            for (int j = 0; j < x.length; j++) assertEquals(x[j], tap[j], 1e-4 * (1 + Math.abs(x[j])), "layer " + i + " value " + j);
        }
        float sum = 0;
        for (float p : ins.probabilities()) sum += p;
        assertEquals(1f, sum, 1e-5);
    }

    @Test
    void tapsCarryWeightsInFileLayoutAndPoolWinners() {
        Sequential model = Sequential.build(ModelSpec.parse("c2k3-p2-f-d3"), 1);
        float[] image = new float[784];
        for (int i = 0; i < image.length; i++) image[i] = (i * 37 % 101) / 100f;
        Inspection ins = Inspector.inspect(model, image);
        LayerTap conv = ins.taps().get(0);
        assertEquals("conv2d", conv.kind());
        assertEquals(2 * 9, conv.kernel().length);
        assertArrayEquals(java.util.Arrays.copyOfRange(model.exportWeights(), 0, 18), conv.kernel());
        LayerTap pool = ins.taps().get(2);
        assertNotNull(pool.argmax());
        assertNull(ins.taps().get(1).kernel(), "relu has no weights");
        // the winner of each window holds exactly the pooled value
        LayerTap relu = ins.taps().get(1);
        int w = relu.outputShape().width();
        for (int c = 0; c < 2; c++) {
            for (int y = 0; y < pool.outputShape().height(); y++) {
                for (int xx = 0; xx < pool.outputShape().width(); xx++) {
                    int k = (c * pool.outputShape().height() + y) * pool.outputShape().width() + xx;
                    int win = pool.argmax()[k];
                    assertEquals(pool.at(c, y, xx), relu.at(c, win / w, win % w));
                    assertEquals(y * 2, win / w / 2 * 2, "winner inside its window");
                }
            }
        }
    }
}
