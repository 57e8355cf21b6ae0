package org.convscope.engine.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.convscope.engine.layer.spec.Activation;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.Padding;
import org.convscope.engine.tensor.Shape;
import org.junit.jupiter.api.Test;

/**
 * Gradient checks prove backward matches forward, not that forward is the right function. These
 * pin the forward definitions to values worked out by hand, above all where the zeros of 'same'
 * padding go.
 */
class ReferenceKnownAnswerTest {

    private static double[] conv(Conv2DSpec spec, Shape in, double[] x, double[] params) {
        return new ReferenceConv2D(spec, in).forward(x, 1, params, 0);
    }

    @Test
    void validConvolutionIsCrossCorrelationPlusBias() {
        // 3×3 image 1..9, kernel [[1,0],[0,−1]], bias 0.5: every output is x[i][j] − x[i+1][j+1] + 0.5 = −3.5
        Conv2DSpec spec = new Conv2DSpec(1, 2, 2, 1, 1, Padding.VALID, Activation.LINEAR);
        double[] y = conv(spec, Shape.image(1, 3, 3), new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, new double[] {1, 0, 0, -1, 0.5});
        assertArrayEquals(new double[] {-3.5, -3.5, -3.5, -3.5}, y, 0);
    }

    @Test
    void samePaddingPutsTheOddZeroAfter() {
        // width 4, kernel 1×2, stride 1: one zero in total, none before, one after
        Conv2DSpec spec = new Conv2DSpec(1, 1, 2, 1, 1, Padding.SAME, Activation.LINEAR);
        double[] y = conv(spec, Shape.image(1, 1, 4), new double[] {1, 2, 3, 4}, new double[] {1, 10, 0});
        assertArrayEquals(new double[] {21, 32, 43, 4}, y, 0);
    }

    @Test
    void samePaddingSplitsTheZerosBeforeAndAfter() {
        // width 5, kernel 1×4, stride 1: three zeros, one before and two after
        Conv2DSpec spec = new Conv2DSpec(1, 1, 4, 1, 1, Padding.SAME, Activation.LINEAR);
        double[] y = conv(spec, Shape.image(1, 1, 5), new double[] {1, 2, 3, 4, 5}, new double[] {1, 10, 100, 1000, 0});
        // windows over [0,1,2,3,4,5,0,0] starting at 0..4
        assertArrayEquals(new double[] {3210, 4321, 5432, 543, 54}, y, 0);
        // the same down a column: height 5, kernel 4×1
        Conv2DSpec vertical = new Conv2DSpec(1, 4, 1, 1, 1, Padding.SAME, Activation.LINEAR);
        double[] column = conv(vertical, Shape.image(1, 5, 1), new double[] {1, 2, 3, 4, 5}, new double[] {1, 10, 100, 1000, 0});
        assertArrayEquals(new double[] {3210, 4321, 5432, 543, 54}, column, 0);
    }

    @Test
    void samePaddingWithStride() {
        // width 4, kernel 1×3, stride 2: ceil(4/2) = 2 outputs, (2−1)·2 + 3 − 4 = 1 zero, after
        Conv2DSpec spec = new Conv2DSpec(1, 1, 3, 1, 2, Padding.SAME, Activation.LINEAR);
        double[] y = conv(spec, Shape.image(1, 1, 4), new double[] {1, 2, 3, 4}, new double[] {1, 10, 100, 0});
        assertArrayEquals(new double[] {321, 43}, y, 0);
    }

    @Test
    void convolutionSumsOverInputChannels() {
        // 2 channels of 1×1, 2 filters: y_f = Σ_c w[f][c]·x_c + b_f
        Conv2DSpec spec = new Conv2DSpec(2, 1, 1, 1, 1, Padding.VALID, Activation.LINEAR);
        double[] y = conv(spec, Shape.image(2, 1, 1), new double[] {2, 3}, new double[] {1, 10, 100, 1000, 0.5, -0.5});
        assertArrayEquals(new double[] {32.5, 3199.5}, y, 0);
    }

    @Test
    void denseUsesTheOutInLayout() {
        // W[u][i] = {{1, 2, 3}, {4, 5, 6}}, b = {0.5, −1}
        double[] y = new ReferenceDense(2, Shape.vector(3)).forward(new double[] {1, 10, 100}, 1,
                new double[] {1, 2, 3, 4, 5, 6, 0.5, -1}, 0);
        assertArrayEquals(new double[] {321.5, 653}, y, 0);
    }

    @Test
    void activations() {
        assertEquals(0, new ReferenceActivation(Activation.RELU, Shape.vector(1)).slope(0), "relu'(0)");
        assertEquals(0.5, new ReferenceActivation(Activation.SIGMOID, Shape.vector(1)).value(0));
        assertEquals(0.25, new ReferenceActivation(Activation.SIGMOID, Shape.vector(1)).slope(0));
        double[] p = new ReferenceSoftmax(Shape.vector(3)).forward(new double[] {0, Math.log(2), Math.log(5)}, 1, new double[0], 0);
        assertArrayEquals(new double[] {0.125, 0.25, 0.625}, p, 1e-15);
    }

    @Test
    void crossEntropyOfUniformScoresIsLogK() {
        assertEquals(Math.log(4), ReferenceSoftmaxCrossEntropy.loss(new double[] {7, 7, 7, 7}, 1, new int[] {2}), 1e-15);
        // finite, and exact, for logits far beyond exp's range
        assertEquals(2e4, ReferenceSoftmaxCrossEntropy.loss(new double[] {1e4, -1e4}, 1, new int[] {1}), 0);
    }
}
