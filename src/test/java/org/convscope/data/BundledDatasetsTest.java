package org.convscope.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Known answers on the files in assets/datasets, loaded through the cache as the app does. */
class BundledDatasetsTest {
    @Test
    void mnistTrainingSet() {
        Dataset d = Datasets.load(DatasetKind.MNIST, Split.TRAIN);
        assertEquals(60_000, d.size());
        assertEquals(28, d.height());
        assertEquals(28, d.width());
        assertEquals("MNIST train", d.name());
        assertEquals(5, d.label(0));
        assertEquals(0, d.label(1));
        assertEquals(4, d.label(2));
        // the per-digit counts published with MNIST; they sum to 60,000
        assertArrayEquals(new int[] {5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949}, d.labelCounts());
        assertEquals(0, d.pixel(0, 0, 0));
        assertTrue(maxPixel(d, 0) == 255, "a digit's stroke reaches full intensity");
    }

    @Test
    void mnistTestSet() {
        Dataset d = Datasets.load(DatasetKind.MNIST, Split.TEST);
        assertEquals(10_000, d.size());
        assertEquals(28, d.height());
        assertEquals(28, d.width());
        assertEquals(7, d.label(0));
        assertArrayEquals(new int[] {980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009}, d.labelCounts());
    }

    @Test
    void fashionSetsAreBalanced() {
        Dataset train = Datasets.load(DatasetKind.FASHION_MNIST, Split.TRAIN);
        Dataset test = Datasets.load(DatasetKind.FASHION_MNIST, Split.TEST);
        assertEquals(60_000, train.size());
        assertEquals(10_000, test.size());
        assertEquals(9, train.label(0));
        assertEquals("Ankle boot", DatasetKind.FASHION_MNIST.className(train.label(0), Locale.ENGLISH));
        int[] tenPerCent = new int[10];
        Arrays.fill(tenPerCent, 6000);
        assertArrayEquals(tenPerCent, train.labelCounts());
        Arrays.fill(tenPerCent, 1000);
        assertArrayEquals(tenPerCent, test.labelCounts());
    }

    @Test
    void countsAreTheDecodedSizesFromTheHeadersAlone() {
        for (DatasetKind kind : DatasetKind.values()) {
            for (Split split : Split.values()) {
                assertEquals(Datasets.load(kind, split).size(), Datasets.count(kind, split), kind + " " + split);
            }
        }
    }

    @Test
    void cacheReturnsTheSameInstance() {
        Dataset first = Datasets.load(DatasetKind.MNIST, Split.TEST);
        assertSame(first, Datasets.load(DatasetKind.MNIST, Split.TEST));
    }

    @Test
    void missingFolderIsNamed() {
        DatasetException e = assertThrows(DatasetException.class,
                () -> Datasets.load(Assets.directory(), DatasetKind.MNIST, Split.TRAIN));
        // assets/ itself has no mnist folder; the datasets live one level down
        assertTrue(e.getMessage().startsWith("MNIST is not installed: "), e.getMessage());
    }

    private static int maxPixel(Dataset d, int i) {
        int max = 0;
        for (byte b : d.pixels(i)) max = Math.max(max, b & 0xFF);
        return max;
    }
}
