package org.convscope.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatcherTest {
    private static final int N = 1000;
    /** Image i is 1×2 pixels spelling i in base 256, so a batch's floats reveal which images it holds. */
    private static final Dataset NUMBERED = numbered(N);

    @Test
    void shuffledEpochIsAPermutation() {
        Batcher b = new Batcher(NUMBERED, 64, true, 42);
        List<Integer> seen = epoch(b, 0);
        assertEquals(N, seen.size());
        boolean[] hit = new boolean[N];
        for (int i : seen) {
            assertFalse(hit[i], "index " + i + " twice");
            hit[i] = true;
        }
        assertNotEquals(fileOrder(N), seen, "a shuffle should move something");
    }

    @Test
    void sameSeedAndEpochGiveTheSameOrder() {
        List<Integer> a = epoch(new Batcher(NUMBERED, 64, true, 7), 3);
        Batcher replay = new Batcher(NUMBERED, 64, true, 7);
        assertEquals(a, epoch(replay, 3), "epoch 3 replays without epochs 0..2");
        assertNotEquals(a, epoch(new Batcher(NUMBERED, 64, true, 8), 3), "another seed, another order");
    }

    @Test
    void eachEpochHasItsOwnOrder() {
        Batcher b = new Batcher(NUMBERED, 64, true, 7);
        List<Integer> first = epoch(b, 0);
        List<Integer> second = epoch(b, 1);
        assertNotEquals(first, second);
        assertEquals(first, epoch(b, 0), "going back to epoch 0 repeats it");
    }

    @Test
    void neighbouringSeedsAndEpochsDoNotAlias() {
        // seed 1 epoch 0 must not be seed 0 epoch 1, as it would be with seed + epoch
        assertNotEquals(epoch(new Batcher(NUMBERED, 64, true, 0), 1), epoch(new Batcher(NUMBERED, 64, true, 1), 0));
    }

    @Test
    void withoutShuffleFollowsFileOrder() {
        Batcher b = new Batcher(NUMBERED, 64, false, 7);
        assertEquals(fileOrder(N), epoch(b, 0));
        assertEquals(fileOrder(N), epoch(b, 5));
    }

    @Test
    void lastBatchIsPartial() {
        Batcher b = new Batcher(NUMBERED, 300, false, 0);
        assertEquals(4, b.batchesPerEpoch());
        List<Integer> sizes = new ArrayList<>();
        while (b.next()) sizes.add(b.size());
        assertEquals(List.of(300, 300, 300, 100), sizes);
        assertEquals(0, b.size());
        assertFalse(b.next(), "the epoch stays over until the next one starts");
    }

    @Test
    void limitTakesTheFirstExamples() {
        Batcher b = new Batcher(NUMBERED, 32, true, 1, 100);
        assertEquals(100, b.examplesPerEpoch());
        assertEquals(4, b.batchesPerEpoch());
        List<Integer> seen = epoch(b, 0);
        seen.sort(null);
        assertEquals(fileOrder(100), seen);
    }

    @Test
    void limitBeyondTheDatasetMeansAllOfIt() {
        Batcher b = new Batcher(NUMBERED, 500, false, 1, 5000);
        assertEquals(N, b.examplesPerEpoch());
        assertEquals(2, b.batchesPerEpoch());
    }

    @Test
    void batchesFillTheSameArrays() {
        Batcher b = new Batcher(NUMBERED, 10, true, 3);
        float[] images = b.images();
        int[] labels = b.labels();
        while (b.next()) {
            assertSame(images, b.images());
            assertSame(labels, b.labels());
        }
        assertEquals(10 * 2, images.length);
    }

    @Test
    void labelsAndIndicesMatchThePixels() {
        Batcher b = new Batcher(NUMBERED, 16, true, 9);
        float[] expected = new float[2];
        while (b.next()) {
            for (int k = 0; k < b.size(); k++) {
                int index = b.datasetIndex(k);
                NUMBERED.writeNormalised(index, expected, 0);
                assertArrayEquals(expected, new float[] {b.images()[2 * k], b.images()[2 * k + 1]}, 0f);
                assertEquals(NUMBERED.label(index), b.labels()[k]);
            }
        }
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new Batcher(NUMBERED, 0, true, 1));
        assertThrows(IllegalArgumentException.class, () -> new Batcher(NUMBERED, 8, true, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Batcher(NUMBERED, 8, true, 1).startEpoch(-1));
    }

    /** Runs {@code epoch} and reads back which images came, in order, from the pixels themselves. */
    @Test
    void skippingBatchesResumesTheEpochWhereItStopped() {
        List<Integer> whole = epoch(new Batcher(NUMBERED, 64, true, 7), 2);
        Batcher b = new Batcher(NUMBERED, 64, true, 7);
        b.startEpoch(2);
        b.skip(5);
        List<Integer> rest = new ArrayList<>();
        while (b.next()) {
            for (int k = 0; k < b.size(); k++) rest.add(b.datasetIndex(k));
        }
        assertEquals(whole.subList(5 * 64, N), rest);
        b.startEpoch(2);
        b.skip(100); // past the end: the epoch is over
        assertFalse(b.next());
    }

    private static List<Integer> epoch(Batcher b, int epoch) {
        b.startEpoch(epoch);
        List<Integer> seen = new ArrayList<>();
        while (b.next()) {
            assertTrue(b.size() > 0);
            for (int k = 0; k < b.size(); k++) {
                int high = Math.round(b.images()[2 * k] * 255);
                int low = Math.round(b.images()[2 * k + 1] * 255);
                seen.add(high * 256 + low);
            }
        }
        return seen;
    }

    private static List<Integer> fileOrder(int n) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) order.add(i);
        return order;
    }

    private static Dataset numbered(int n) {
        byte[] pixels = new byte[2 * n];
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            pixels[2 * i] = (byte) (i >> 8);
            pixels[2 * i + 1] = (byte) i;
            labels[i] = (byte) (i % 10);
        }
        return Dataset.of("numbered", 1, 2, 10, pixels, labels);
    }
}
