package org.convscope.training;

import java.util.List;
import org.convscope.engine.layer.spec.ModelSpec;

/**
 * One training run as the Compare view and the session file keep it: what was trained (its name,
 * dataset, architecture and settings), how it went (every finished epoch and a thinned-out batch
 * curve) and what it cost (parameters, training seconds, images per second).
 *
 * @param experiment the preset experiment the run is an arm of ({@code "pooling"}), or null for a run of the app
 * @param arm        the arm's id within the experiment ({@code "without"}), or null
 * @param seconds    time spent training, evaluation not included; NaN when no epoch finished
 * @param curve      batch points, at most {@link RunCurve#MAX_POINTS} (see {@link RunCurve#thin})
 * @param weights    the final parameters in engine layout, kept while the app runs so Move it can use the
 *                   network; never saved (a run read from a file has none), may be null
 */
public record Run(String name, String experiment, String arm, String dataset, ModelSpec spec, RunSettings settings,
                  long params, double seconds, double imagesPerSecond, List<EpochMetrics> epochs, List<BatchPoint> curve,
                  float[] weights) {

    public Run {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a run needs a name");
        epochs = List.copyOf(epochs);
        curve = List.copyOf(curve);
    }

    /** Whether this run is arm {@code arm} of experiment {@code experiment}. */
    public boolean isArm(String experiment, String arm) {
        return experiment.equals(this.experiment) && arm.equals(this.arm);
    }

    /** The last finished epoch, or null when none finished. */
    public EpochMetrics last() {
        return epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
    }

    /** The highest test accuracy after any epoch; NaN when no epoch finished. */
    public double bestTestAccuracy() {
        return epochs.stream().mapToDouble(EpochMetrics::testAccuracy).filter(Double::isFinite).max().orElse(Double.NaN);
    }

    public double finalTestAccuracy() {
        return last() == null ? Double.NaN : last().testAccuracy();
    }

    /** The last epoch's training accuracy, Keras' {@code accuracy}: the mean over its batches as they were trained. */
    public double finalTrainAccuracy() {
        return last() == null ? Double.NaN : last().trainAccuracy();
    }

    /** Training minus test accuracy after the last epoch: how much better the network does on what it has seen. */
    public double finalGap() {
        return finalTrainAccuracy() - finalTestAccuracy();
    }

    public Run withName(String newName) {
        return new Run(newName, experiment, arm, dataset, spec, settings, params, seconds, imagesPerSecond, epochs, curve, weights);
    }
}
