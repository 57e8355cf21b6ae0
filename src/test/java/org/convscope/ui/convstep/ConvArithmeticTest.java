package org.convscope.ui.convstep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

/** The stepper's z and a for every cell of a random layer are the engine's own outputs. */
class ConvArithmeticTest {

    /** A random model on a 3-channel 11×9 input, every weight and bias random, and a random image. */
    static Inspection randomInspection(String layers, long seed) {
        ModelSpec spec = ModelSpec.parse(layers, Shape.image(3, 11, 9));
        Sequential model = Sequential.build(spec, seed);
        SplittableRandom rng = new SplittableRandom(seed);
        float[] weights = new float[model.paramCount()];
        for (int i = 0; i < weights.length; i++) weights[i] = (float) (rng.nextDouble() * 2 - 1);
        model.importWeights(weights); // biases too: a zero bias would hide a missing "+ b"
        float[] image = new float[spec.input().size()];
        for (int i = 0; i < image.length; i++) image[i] = (float) rng.nextDouble();
        return Inspector.inspect(model, image);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "c5k3s2same-c4k3x5s2same:tanh-f-d3", // odd sizes, stride 2, 'same', several input channels
        "c4k2s2same-c3k3-f-d3",              // an even kernel: 'same' puts the odd zero after
        "c6k5x3s3valid:linear-f-d3"})
    void everyCellOfEveryFilterEqualsTheEngine(String layers) {
        Inspection ins = randomInspection(layers, layers.hashCode());
        List<ConvLayerTaps> convs = ConvLayerTaps.of(ins);
        assertEquals(2, convs.size() + (layers.startsWith("c6") ? 1 : 0));
        int checked = 0;
        for (ConvLayerTaps conv : convs) {
            ConvGeometry g = conv.geometry();
            for (int f = 0; f < conv.filters(); f++) {
                for (int oy = 0; oy < g.outHeight(); oy++) {
                    for (int ox = 0; ox < g.outWidth(); ox++) {
                        ConvStep s = conv.arithmetic().at(f, oy, ox);
                        String where = layers + " layer " + conv.specIndex() + " filter " + f + " at " + oy + "," + ox;
                        double z = conv.zAt(f, oy, ox);
                        assertEquals(z, s.z(), 1e-5 * (1 + Math.abs(z)), where);
                        assertEquals(conv.output(f, oy, ox), s.a(), 1e-5 * (1 + Math.abs(z)), where);
                        double sum = 0;
                        for (int c = 0; c < s.channels(); c++) {
                            double channel = 0;
                            for (int t = 0; t < g.taps(); t++) channel += s.product(c, t);
                            assertEquals(s.channelSums()[c], channel, 1e-12, where);
                            sum += channel;
                        }
                        assertEquals(s.z(), sum + s.bias(), 1e-9, "the shown terms add up to z");
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked >= 54, "checked " + checked + " cells");
    }

    @ParameterizedTest
    @ValueSource(strings = {"c5k3s2same-f-d3", "c4k2s2same-f-d3"})
    void paddingCellsAreZerosAndOnlyAtTheEdges(String layers) {
        ConvLayerTaps conv = ConvLayerTaps.of(randomInspection(layers, 7)).get(0);
        ConvGeometry g = conv.geometry();
        assertEquals(g.outHeight(), (g.height() + 1) / 2, "'same' with stride 2 halves, rounding up");
        boolean sawPadding = false;
        for (int oy = 0; oy < g.outHeight(); oy++) {
            for (int ox = 0; ox < g.outWidth(); ox++) {
                ConvStep s = conv.arithmetic().at(0, oy, ox);
                for (int t = 0; t < g.taps(); t++) {
                    int r = g.inputRow(oy, t / g.kernelW()), c = g.inputColumn(ox, t % g.kernelW());
                    assertEquals(g.inside(r, c), s.inside()[t]);
                    if (!s.inside()[t]) {
                        sawPadding = true;
                        assertEquals(0f, s.inputs()[1][t]);
                        assertTrue(r >= -g.padTop() && r < g.height() + g.padBottom() && c >= -g.padLeft() && c < g.width() + g.padRight(),
                                "a window never reaches past the drawn padding");
                    }
                }
            }
        }
        assertTrue(sawPadding);
    }

    @ParameterizedTest
    @ValueSource(strings = {"c4k3-f-d3"})
    void validPaddingHasNoZerosAndTheLastActivationIsFound(String layers) {
        ConvLayerTaps conv = ConvLayerTaps.of(randomInspection(layers, 3)).get(0);
        assertEquals(0, conv.geometry().padTop());
        assertEquals(0, conv.geometry().padBottom());
        assertNotNull(conv.a(), "relu is the conv's activation");
        ConvStep s = conv.arithmetic().at(2, 8, 6);
        for (boolean in : s.inside()) assertTrue(in);
        assertFalse(Double.isNaN(s.a()));
        assertEquals(Math.max(0, s.z()), s.a());
    }
}
