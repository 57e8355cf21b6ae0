package org.convscope.data;

import java.util.SplittableRandom;

/**
 * Walks the first {@code limit} examples of a dataset in batches, one epoch at a time, filling
 * the same two arrays for every batch. With shuffling on, each epoch's order is a permutation
 * drawn from (seed, epoch) alone, so epoch k can be replayed without replaying epochs 0..k-1.
 *
 * <pre>{@code
 * Batcher b = new Batcher(train, 64, true, seed, train.size());
 * for (int epoch = 0; epoch < epochs; epoch++) {
 *     b.startEpoch(epoch);
 *     while (b.next()) step(b.images(), b.labels(), b.size());
 * }
 * }</pre>
 *
 * Not thread-safe: one batcher per training loop.
 */
public final class Batcher {
    private final Dataset dataset;
    private final int batchSize;
    private final boolean shuffle;
    private final long seed;
    private final int examples;
    private final int[] order;
    private final float[] images;
    private final int[] labels;
    private int epoch;
    private int position;
    private int batchStart;
    private int size;

    /**
     * @param limit how many examples, from the start of the dataset, make an epoch; more than the
     *              dataset holds means all of it
     */
    public Batcher(Dataset dataset, int batchSize, boolean shuffle, long seed, int limit) {
        if (batchSize <= 0) throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
        if (limit <= 0) throw new IllegalArgumentException("limit must be positive, got " + limit);
        this.dataset = dataset;
        this.batchSize = batchSize;
        this.shuffle = shuffle;
        this.seed = seed;
        this.examples = Math.min(limit, dataset.size());
        this.order = new int[examples];
        this.images = new float[Math.multiplyExact(Math.min(batchSize, examples), dataset.imageSize())];
        this.labels = new int[Math.min(batchSize, examples)];
        startEpoch(0);
    }

    /** Every example of {@code dataset}. */
    public Batcher(Dataset dataset, int batchSize, boolean shuffle, long seed) {
        this(dataset, batchSize, shuffle, seed, dataset.size());
    }

    /** Rewinds to the first batch of {@code epoch} (0-based); the constructor starts epoch 0. */
    public void startEpoch(int epoch) {
        if (epoch < 0) throw new IllegalArgumentException("epoch must not be negative, got " + epoch);
        this.epoch = epoch;
        for (int i = 0; i < examples; i++) order[i] = i;
        if (shuffle) shuffle(order, new SplittableRandom(epochSeed(seed, epoch)));
        position = 0;
        batchStart = 0;
        size = 0;
    }

    /** Fills the next batch; false when the epoch is over (then call {@link #startEpoch}). */
    public boolean next() {
        if (position >= examples) {
            size = 0;
            return false;
        }
        batchStart = position;
        size = Math.min(batchSize, examples - position);
        int pixels = dataset.imageSize();
        for (int k = 0; k < size; k++) {
            int index = order[position + k];
            dataset.writeNormalised(index, images, k * pixels);
            labels[k] = dataset.label(index);
        }
        position += size;
        return true;
    }

    /**
     * Passes over the next {@code batches} batches of this epoch without loading them, so a
     * training saved inside an epoch resumes with the batch it would have trained next.
     */
    public void skip(int batches) {
        if (batches < 0) throw new IllegalArgumentException("cannot skip a negative number of batches: " + batches);
        position = (int) Math.min(examples, position + (long) batches * batchSize);
        size = 0;
    }

    /** Examples in the current batch: the batch size, except perhaps for the last batch. */
    public int size() {
        return size;
    }

    /**
     * The current batch's pixels, {@link #size()} × height × width floats in [0,1]. The array is
     * reused by the next batch and may be longer than the batch.
     */
    public float[] images() {
        return images;
    }

    /** The current batch's labels, the first {@link #size()} entries; reused like {@link #images()}. */
    public int[] labels() {
        return labels;
    }

    /** The dataset index of example {@code k} of the current batch, e.g. to show a misclassified image. */
    public int datasetIndex(int k) {
        if (k < 0 || k >= size) throw new IndexOutOfBoundsException("example " + k + " of a batch of " + size);
        return order[batchStart + k];
    }

    public int batchesPerEpoch() {
        return batchesPerEpoch(examples, batchSize);
    }

    /** Batches in an epoch of {@code examples}: the last one may be smaller. */
    public static int batchesPerEpoch(int examples, int batchSize) {
        return (examples + batchSize - 1) / batchSize;
    }

    /** Examples per epoch: the limit, or the dataset's size if that is smaller. */
    public int examplesPerEpoch() {
        return examples;
    }

    public int batchSize() {
        return batchSize;
    }

    public int epoch() {
        return epoch;
    }

    public Dataset dataset() {
        return dataset;
    }

    /** Fisher–Yates: every permutation equally likely. */
    private static void shuffle(int[] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /**
     * Hashes (seed, epoch) into one seed. Plain seed + epoch would make seed 1's first epoch a
     * replay of seed 0's second; the odd multiplier and the mixing keep small seeds and epochs apart.
     */
    private static long epochSeed(long seed, int epoch) {
        long z = seed ^ (0x9E3779B97F4A7C15L * (epoch + 1L));
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
