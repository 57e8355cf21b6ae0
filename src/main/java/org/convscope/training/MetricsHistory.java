package org.convscope.training;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;

/**
 * The batch curve and epoch results of the current run, in order, for export and the runs list. The batches are a
 * {@link BatchSeries}: one by one for the first {@value BatchSeries#DEFAULT_CAPACITY}, then means of 2, 4, …
 * consecutive batches, so a long run does not grow the heap. Not thread-safe: one owner.
 */
public final class MetricsHistory {
    private static final int LOSS = 0, ACCURACY = 1;
    private final BatchSeries batches;
    private final List<EpochMetrics> epochs = new ArrayList<>();
    private final List<BatchPoint> batchView = new BatchView();

    public MetricsHistory() {
        this(BatchSeries.DEFAULT_CAPACITY);
    }

    /** {@code capacity}: batch points kept before neighbours are merged (see {@link BatchSeries}). */
    public MetricsHistory(int capacity) {
        batches = new BatchSeries(2, capacity);
    }

    public void addBatches(List<BatchPoint> points) {
        for (BatchPoint p : points) batches.add(p.step(), p.epochPosition(), p.loss(), p.accuracy());
    }

    public void addEpoch(EpochMetrics m) {
        epochs.add(m);
    }

    public void clear() {
        batches.clear();
        epochs.clear();
    }

    /**
     * The batch curve, read-only and live: each point is one batch, or the mean of {@link #batchesPerPoint(int)}
     * consecutive ones at the last one's step; the last point may be a partial one of fewer batches.
     */
    public List<BatchPoint> batches() {
        return batchView;
    }

    /** How many batches point {@code index} of {@link #batches()} is the mean of. */
    public int batchesPerPoint(int index) {
        return index < batches.size() ? batches.batchesPerPoint() : batches.partialCount();
    }

    public List<EpochMetrics> epochs() {
        return Collections.unmodifiableList(epochs);
    }

    private final class BatchView extends AbstractList<BatchPoint> implements RandomAccess {
        @Override
        public BatchPoint get(int index) {
            if (index == batches.size() && batches.partialCount() > 0) {
                return new BatchPoint(batches.partialStep(), batches.partialPosition(), batches.partialMean(LOSS), batches.partialMean(ACCURACY));
            }
            return new BatchPoint(batches.step(index), batches.position(index), batches.value(LOSS, index), batches.value(ACCURACY, index));
        }

        @Override
        public int size() {
            return batches.size() + (batches.partialCount() > 0 ? 1 : 0);
        }
    }
}
