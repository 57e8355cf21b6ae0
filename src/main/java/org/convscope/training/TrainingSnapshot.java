package org.convscope.training;

import java.util.List;
import org.convscope.data.DatasetKind;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.layer.spec.ModelSpec;

/**
 * What the UI may know about a training at one moment. Immutable: the lists and arrays are copies
 * that nobody writes after publication. {@code newBatchPoints} and {@code newEpochs} hold only what
 * happened since the previous snapshot, so a consumer that sees every snapshot (or merges them, as
 * {@link SnapshotMailbox} does) misses no point.
 *
 * @param weights         the model's parameters in engine memory layout, or null if unchanged since the last copy
 * @param weightsVersion  increases each time a new weights copy is attached
 * @param predictions     current guesses on the prediction strip, or null if not refreshed in this snapshot
 * @param startedFrom     the saved (pretrained) model this model's training started from, or null if it
 *                        started from the seed; it stays set while training goes on, until Reset
 * @param divergence      why training paused by itself (the loss stopped being a number), or null
 */
public record TrainingSnapshot(
        SessionState state, String message, Divergence divergence, DatasetKind dataset, ModelSpec spec,
        int epoch, int totalEpochs, int batchInEpoch, int batchesPerEpoch, long step, long totalSteps,
        double imagesPerSecond, double epochEtaSeconds, double runEtaSeconds, double learningRate, boolean evaluating,
        List<BatchPoint> newBatchPoints, List<EpochMetrics> newEpochs,
        float[] weights, long weightsVersion, Predictions predictions, SavedModel startedFrom) {

    public TrainingSnapshot {
        newBatchPoints = List.copyOf(newBatchPoints);
        newEpochs = List.copyOf(newEpochs);
    }

    /** Progress through the current epoch, 0..1. */
    public double epochProgress() {
        return batchesPerEpoch == 0 ? 0 : (double) batchInEpoch / batchesPerEpoch;
    }

    /** Progress through the whole run, 0..1. */
    public double runProgress() {
        return totalSteps == 0 ? 0 : Math.min(1, (double) step / totalSteps);
    }
}
