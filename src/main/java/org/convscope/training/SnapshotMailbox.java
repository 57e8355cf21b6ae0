package org.convscope.training;

import java.util.ArrayList;
import java.util.List;

/**
 * Hands snapshots from the training thread to a consumer that reads at its own pace (the UI, once per
 * frame): the latest state wins, but the batch and epoch points of every snapshot offered in between
 * are kept, as are the latest weights and predictions.
 */
public final class SnapshotMailbox {
    private TrainingSnapshot latest;
    private final List<BatchPoint> points = new ArrayList<>();
    private final List<EpochMetrics> epochs = new ArrayList<>();
    private float[] weights;
    private long weightsVersion;
    private Predictions predictions;
    private boolean reset;
    private SessionState offeredState; // of the last snapshot offered
    private volatile Runnable onStateChange = () -> { };

    /** Called by the producer. */
    public void offer(TrainingSnapshot s) {
        boolean changed;
        synchronized (this) {
            latest = s;
            points.addAll(s.newBatchPoints());
            epochs.addAll(s.newEpochs());
            if (s.weights() != null) {
                weights = s.weights();
                weightsVersion = s.weightsVersion();
            }
            if (s.predictions() != null) predictions = s.predictions();
            changed = s.state() != offeredState;
            offeredState = s.state();
        }
        if (changed) onStateChange.run();
    }

    /**
     * Runs {@code r} on the producer's thread whenever an offered snapshot's state differs from the one before
     * (started, paused, finished, failed): a consumer that drains at a slow pace can then drain at once, so that a
     * change of state shows as soon as the session has made it, not at the next refresh (the session takes a
     * command between batches: a Pause during an evaluation waits for its end).
     */
    public void setOnStateChange(Runnable r) {
        onStateChange = java.util.Objects.requireNonNull(r);
    }

    /** Called by the producer when the history starts over (Reset): pending points are obsolete. */
    public synchronized void clear() {
        points.clear();
        epochs.clear();
        reset = true;
    }

    /** Everything since the last drain merged into one snapshot, or null if nothing came. */
    public synchronized Drained drain() {
        if (latest == null && !reset) return null;
        TrainingSnapshot s = latest;
        Drained d = new Drained(s == null ? null : new TrainingSnapshot(s.state(), s.message(), s.divergence(), s.dataset(), s.spec(),
                s.epoch(), s.totalEpochs(), s.batchInEpoch(), s.batchesPerEpoch(), s.step(), s.totalSteps(),
                s.imagesPerSecond(), s.epochEtaSeconds(), s.runEtaSeconds(), s.learningRate(), s.evaluating(),
                points, epochs, weights, weightsVersion, predictions, s.startedFrom()), reset);
        latest = null;
        points.clear();
        epochs.clear();
        weights = null;
        predictions = null;
        reset = false;
        return d;
    }

    /**
     * @param snapshot the merged snapshot (null if only a reset happened)
     * @param reset    whether the history restarted since the last drain (clear charts first)
     */
    public record Drained(TrainingSnapshot snapshot, boolean reset) {
    }
}
