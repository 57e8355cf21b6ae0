package org.convscope.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Every batch point and epoch result of the current run, in order, for export. Not thread-safe: one owner. */
public final class MetricsHistory {
    private final List<BatchPoint> batches = new ArrayList<>();
    private final List<EpochMetrics> epochs = new ArrayList<>();

    public void addBatches(List<BatchPoint> points) {
        batches.addAll(points);
    }

    public void addEpoch(EpochMetrics m) {
        epochs.add(m);
    }

    public void clear() {
        batches.clear();
        epochs.clear();
    }

    public List<BatchPoint> batches() {
        return Collections.unmodifiableList(batches);
    }

    public List<EpochMetrics> epochs() {
        return Collections.unmodifiableList(epochs);
    }
}
