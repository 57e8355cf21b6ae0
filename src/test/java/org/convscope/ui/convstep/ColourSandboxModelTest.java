package org.convscope.ui.convstep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.convscope.data.ColourImage;
import org.convscope.engine.layer.spec.Activation;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.tensor.Shape;
import org.junit.jupiter.api.Test;

/** The colour sandbox computes what a plain loop over three channels computes, and says 608. */
class ColourSandboxModelTest {

    @Test
    void everyOutputCellOfARandomCaseIsTheTripleLoop() {
        SplittableRandom rng = new SplittableRandom(42);
        float[] photo = new float[3 * 32 * 32], kernel = new float[8 * 3 * 25], bias = new float[8];
        for (int i = 0; i < photo.length; i++) photo[i] = (float) rng.nextDouble();
        for (int i = 0; i < kernel.length; i++) kernel[i] = (float) (rng.nextDouble() * 4 - 2);
        for (int i = 0; i < bias.length; i++) bias[i] = (float) (rng.nextDouble() - 0.5);
        ColourSandboxModel m = new ColourSandboxModel();
        m.setPhoto(new ColourImage(32, 32, photo));
        m.setFilters(kernel, bias);
        int cells = 0;
        for (int f = 0; f < 8; f++) {
            for (int y = 0; y < 28; y++) {
                for (int x = 0; x < 28; x++) {
                    double z = bias[f];
                    for (int c = 0; c < 3; c++)
                        for (int ky = 0; ky < 5; ky++)
                            for (int kx = 0; kx < 5; kx++)
                                z += (double) photo[(c * 32 + y + ky) * 32 + x + kx] * kernel[((f * 3 + c) * 5 + ky) * 5 + kx];
                    assertEquals(z, m.outputAt(f, y, x), 1e-9, "filter " + f + " at (" + y + ", " + x + ")");
                    cells++;
                }
            }
        }
        assertEquals(8 * 28 * 28, cells);
    }

    @Test
    void aStepIsTheSumOfItsThreeChannelConvolutionsPlusTheBias() {
        ColourSandboxModel m = new ColourSandboxModel();
        m.filterProperty().set(4); // red − green
        m.nudgeBias(2);
        m.playback().jump(5 * 28 + 7);
        ConvStep s = m.stepProperty().get();
        assertEquals(4, s.filter());
        assertEquals(3, s.channels());
        assertEquals(5, s.row());
        assertEquals(7, s.column());
        assertEquals(2, s.bias());
        assertEquals(s.channelSums()[0] + s.channelSums()[1] + s.channelSums()[2] + 2, s.z(), 1e-12);
        assertEquals(s.z(), m.outputAt(4, 5, 7));
        double green = 0;
        for (int t = 0; t < 25; t++) green += (double) s.inputs()[1][t] * s.weights()[1][t];
        assertEquals(green, s.channelSums()[1], 1e-12);
        assertArrayEquals(m.channelKernel(1), s.weights()[1]);
    }

    @Test
    void weightsAndPresetsAreEditable() {
        ColourSandboxModel m = new ColourSandboxModel();
        m.filterProperty().set(2); // blur: all ones
        m.nudgeWeight(2, 0, 4, -3);
        assertEquals(-2, m.channelKernel(2)[4]);
        assertEquals(1, m.channelKernel(1)[4], "one weight of one channel changed");
        m.usePreset(ColourFilters.Kind.RED_ONLY);
        assertEquals(ColourFilters.Kind.RED_ONLY, m.kindsProperty().get()[2]);
        // red only: the output is the red plane, cropped by the window's reach
        ColourImage p = m.photoProperty().get();
        assertEquals(p.get(0, 3 + 2, 9 + 2), m.outputAt(2, 3, 9), 1e-7);
        assertThrows(IllegalArgumentException.class, () -> m.setFilters(new float[3], new float[8]));
    }

    @Test
    void aLargerPhotoIsShrunkToItsMiddleSquare() {
        float[] planes = new float[3 * 40 * 64];
        for (int y = 0; y < 40; y++) for (int x = 0; x < 64; x++) planes[(2 * 40 + y) * 64 + x] = x >= 12 && x < 52 ? 1 : 0;
        ColourSandboxModel m = new ColourSandboxModel();
        m.setPhoto(new ColourImage(64, 40, planes));
        ColourImage p = m.photoProperty().get();
        assertEquals(32, p.width());
        for (int y = 0; y < 32; y++) for (int x = 0; x < 32; x++) assertEquals(1, p.get(2, y, x), 1e-6, "all blue: the square is the middle 40 × 40");
        assertEquals(0, p.get(0, 5, 5));
    }

    @Test
    void theFormulaIsTheCourses608() {
        Conv2DSpec eight = new Conv2DSpec(8, 5, Activation.RELU);
        assertEquals("(3 × 5×5 + 1) × 8 = 608", eight.formula(Shape.image(3, 32, 32)).text());
    }
}
