package org.convscope.engine.learned;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.tensor.Shape;
import org.junit.jupiter.api.Test;

/** Receptive fields worked out by hand: size, jump and start through convolutions, strides, padding and pooling. */
class ReceptiveFieldTest {

    @Test
    void theCourseModelsFieldsGrowFrom3To18Pixels() {
        ModelSpec course = ModelSpec.course(); // c32k3-p2-c64k3-p2-c64k3-f-d64-d10
        assertEquals(new ReceptiveField(3, 3, 1, 1, 0, 0), ReceptiveField.of(course, 0));
        assertEquals(new ReceptiveField(4, 4, 2, 2, 0, 0), ReceptiveField.of(course, 1));
        assertEquals(new ReceptiveField(8, 8, 2, 2, 0, 0), ReceptiveField.of(course, 2)); // 4 + (3−1)·2
        assertEquals(new ReceptiveField(10, 10, 4, 4, 0, 0), ReceptiveField.of(course, 3));
        assertEquals(new ReceptiveField(18, 18, 4, 4, 0, 0), ReceptiveField.of(course, 4)); // 10 + (3−1)·4
        assertThrows(IllegalArgumentException.class, () -> ReceptiveField.of(course, 5), "past flatten every value sees everything");
    }

    @Test
    void strideSamePaddingAndPoolingWhoseStrideIsNotItsSize() {
        // 28 -> c5 s2 same: 14 (TensorFlow pads 3 in all: 1 before, 2 after) -> ap3 s2: 6 -> c3 same: 6 (1 before)
        ModelSpec spec = ModelSpec.parse("c4k5s2same-ap3s2-c2k3same:tanh-f-d10");
        ReceptiveField conv = ReceptiveField.of(spec, 0);
        assertEquals(new ReceptiveField(5, 5, 2, 2, -1, -1), conv);
        assertEquals(new ReceptiveField(9, 9, 4, 4, -1, -1), ReceptiveField.of(spec, 1)); // 5 + (3−1)·2
        assertEquals(new ReceptiveField(17, 17, 4, 4, -5, -5), ReceptiveField.of(spec, 2)); // 9 + 2·4; −1 − 1·4
        assertEquals(-5 + 3 * 4, ReceptiveField.of(spec, 2).top(3));
    }

    @Test
    void aCropIsTheWindowWithZerosInThePadding() {
        float[] image = new float[2 * 4 * 4]; // [C=2,H=4,W=4]: value = 100·c + 10·row + column + 1
        for (int c = 0; c < 2; c++) for (int y = 0; y < 4; y++) for (int x = 0; x < 4; x++) image[(c * 4 + y) * 4 + x] = 100 * c + 10 * y + x + 1;
        ReceptiveField f = new ReceptiveField(3, 2, 2, 2, -1, -1);
        assertArrayEquals(new float[] {0, 0, 0, 1, 0, 11, 0, 0, 0, 101, 0, 111}, f.crop(image, Shape.image(2, 4, 4), 0, 0));
        assertArrayEquals(new float[] {14, 0, 24, 0, 34, 0, 114, 0, 124, 0, 134, 0}, f.crop(image, Shape.image(2, 4, 4), 1, 2));
    }
}
