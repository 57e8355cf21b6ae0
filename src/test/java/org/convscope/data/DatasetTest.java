package org.convscope.data;

import static org.convscope.data.IdxFiles.counting;
import static org.convscope.data.IdxFiles.gzip;
import static org.convscope.data.IdxFiles.idx;
import static org.convscope.data.IdxFiles.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.convscope.engine.tensor.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetTest {
    @TempDir
    Path dir;

    @Test
    void pairsImagesWithLabels() {
        Dataset d = fromFiles(idx(new int[] {3, 2, 4}, counting(24)), idx(new int[] {3}, new byte[] {7, 0, 9}));
        assertEquals(3, d.size());
        assertEquals(2, d.height());
        assertEquals(4, d.width());
        assertEquals(8, d.imageSize());
        assertEquals(10, d.classes());
        assertEquals(Shape.image(1, 2, 4), d.inputShape());
        assertEquals(9, d.label(2));
        assertArrayEquals(new byte[] {8, 9, 10, 11, 12, 13, 14, 15}, d.pixels(1));
        assertEquals(8 + 4 + 3, d.pixel(1, 1, 3));
    }

    @Test
    void normalisesIntoTheGivenOffset() {
        byte[] pixels = {0, (byte) 255, (byte) 128, 51, 1, 2, 3, 4};
        Dataset d = Dataset.of("tiny", 2, 2, 10, pixels, new byte[] {1, 2});
        float[] out = new float[7];
        out[0] = -1;
        out[5] = -1;
        d.writeNormalised(0, out, 1);
        assertArrayEquals(new float[] {-1, 0f, 1f, 128 / 255f, 51 / 255f, -1, 0}, out, 0f);
        assertThrows(IndexOutOfBoundsException.class, () -> d.writeNormalised(0, out, 4));
    }

    @Test
    void staysImmutable() {
        byte[] pixels = counting(4);
        byte[] labels = {3};
        Dataset d = Dataset.of("tiny", 2, 2, 10, pixels, labels);
        pixels[0] = 99;
        labels[0] = 4;
        d.pixels(0)[1] = 99;
        assertEquals(0, d.pixel(0, 0, 0));
        assertEquals(1, d.pixel(0, 0, 1));
        assertEquals(3, d.label(0));
    }

    @Test
    void refusesIndicesOutsideAnImage() {
        Dataset d = Dataset.of("tiny", 2, 2, 10, counting(8), new byte[] {1, 2});
        // column 2 of row 0 would silently be row 1 without the check
        assertThrows(IndexOutOfBoundsException.class, () -> d.pixel(0, 0, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> d.pixels(2));
        assertThrows(IndexOutOfBoundsException.class, () -> d.label(-1));
    }

    @Test
    void countsLabels() {
        Dataset d = Dataset.of("tiny", 1, 1, 4, new byte[5], new byte[] {3, 0, 3, 1, 3});
        assertArrayEquals(new int[] {1, 1, 0, 3}, d.labelCounts());
    }

    @Test
    void rejectsCountMismatch() {
        DatasetException e = assertThrows(DatasetException.class,
                () -> fromFiles(idx(new int[] {3, 2, 2}, counting(12)), idx(new int[] {2}, new byte[] {1, 2})));
        assertTrue(e.getMessage().contains("images.gz has 3 images but"), e.getMessage());
        assertTrue(e.getMessage().contains("labels.gz has 2 labels"), e.getMessage());
    }

    @Test
    void rejectsLabelOutOfRange() {
        DatasetException e = assertThrows(DatasetException.class,
                () -> fromFiles(idx(new int[] {3, 1, 1}, counting(3)), idx(new int[] {3}, new byte[] {1, 10, 2})));
        assertTrue(e.getMessage().contains("labels.gz has label 10 at index 1"), e.getMessage());
        assertTrue(e.getMessage().contains("only 10 classes"), e.getMessage());
    }

    @Test
    void rejectsFilesSwappedOrOfWrongRank() {
        byte[] images = idx(new int[] {2, 1, 1}, counting(2));
        byte[] labels = idx(new int[] {2}, counting(2));
        DatasetException e = assertThrows(DatasetException.class, () -> fromFiles(labels, images));
        assertTrue(e.getMessage().contains("images.gz is not an images file: it has 1 dimensions"), e.getMessage());
    }

    @Test
    void rejectsInconsistentArrays() {
        assertThrows(IllegalArgumentException.class, () -> Dataset.of("x", 2, 2, 10, new byte[7], new byte[2]));
        assertThrows(IllegalArgumentException.class, () -> Dataset.of("x", 2, 2, 0, new byte[8], new byte[2]));
        assertThrows(DatasetException.class, () -> Dataset.of("x", 1, 1, 2, new byte[1], new byte[] {2}));
    }

    private Dataset fromFiles(byte[] images, byte[] labels) {
        IdxArray i = IdxReader.read(write(dir, "images.gz", gzip(images)));
        IdxArray l = IdxReader.read(write(dir, "labels.gz", gzip(labels)));
        return Dataset.fromIdx("synthetic", i, l, 10);
    }
}
