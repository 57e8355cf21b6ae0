package org.convscope.engine.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.engine.reference.ReferenceAvgPool2D;
import org.convscope.engine.reference.ReferenceMaxPool2D;
import org.convscope.engine.tensor.Shape;
import org.convscope.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** The course's pooling example, one 2×2 window, through the fast layers and the reference. */
class PoolingKnownAnswerTest {
    private static final Shape WINDOW = Shape.image(1, 2, 2);
    private static final Pool2DSpec MAX = new Pool2DSpec(Pool2DSpec.Kind.MAX, 2);
    private static final Pool2DSpec AVERAGE = new Pool2DSpec(Pool2DSpec.Kind.AVERAGE, 2);
    private static final float[] VALUES = {29, 15, 0, 100}; // row-major: [[29, 15], [0, 100]]

    private static float fast(Layer pool) {
        pool.bind(new float[0], new float[0], 0);
        Tensor y = pool.forward(Tensor.fromNchw(1, WINDOW, VALUES), false);
        assertEquals(1, y.length());
        return y.data()[0];
    }

    private static double[] values() {
        return new double[] {29, 15, 0, 100};
    }

    @Test
    void maxPoolingKeepsTheLargest() {
        assertEquals(100f, fast(new MaxPool2D(MAX, WINDOW)));
        assertArrayEquals(new double[] {100}, new ReferenceMaxPool2D(MAX, WINDOW).forward(values(), 1, null, 0));
    }

    @Test
    void maxPoolingRemembersWhereTheMaximumWas() {
        MaxPool2D pool = new MaxPool2D(MAX, WINDOW);
        fast(pool);
        assertArrayEquals(new int[] {1, 1}, pool.argmaxPosition(0, 0, 0, 0));
        assertEquals(3, new ReferenceMaxPool2D(MAX, WINDOW).argmax(values(), 0, 0, 0, 0));
    }

    @Test
    void averagePoolingOf29_15_0_100Is36() {
        // (29 + 15 + 0 + 100) / 4 = 144 / 4, exact in float and double
        assertEquals(36f, fast(new AvgPool2D(AVERAGE, WINDOW)));
        assertArrayEquals(new double[] {36}, new ReferenceAvgPool2D(AVERAGE, WINDOW).forward(values(), 1, null, 0));
    }

    @Test
    void averagePoolingSharesTheGradientEqually() {
        AvgPool2D pool = new AvgPool2D(AVERAGE, WINDOW);
        fast(pool);
        Tensor dx = pool.backward(Tensor.fromNchw(1, Shape.image(1, 1, 1), new float[] {8}), true);
        assertArrayEquals(new float[] {2, 2, 2, 2}, dx.toNchw());
        assertArrayEquals(new double[] {2, 2, 2, 2},
                new ReferenceAvgPool2D(AVERAGE, WINDOW).backward(values(), 1, null, 0, new double[] {8}, null));
    }

    @Test
    void maxPoolingSendsTheGradientOnlyToTheMaximum() {
        MaxPool2D pool = new MaxPool2D(MAX, WINDOW);
        fast(pool);
        Tensor dx = pool.backward(Tensor.fromNchw(1, Shape.image(1, 1, 1), new float[] {5}), true);
        assertArrayEquals(new float[] {0, 0, 0, 5}, dx.toNchw());
        assertArrayEquals(new double[] {0, 0, 0, 5},
                new ReferenceMaxPool2D(MAX, WINDOW).backward(values(), 1, null, 0, new double[] {5}, null));
    }
}
