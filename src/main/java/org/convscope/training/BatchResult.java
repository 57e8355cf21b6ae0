package org.convscope.training;

/** One training batch: where it was (0-based epoch and batch, global step from 1) and what it measured. */
public record BatchResult(int epoch, int batch, long step, double loss, int correct, int examples, boolean lastOfEpoch) {
    public double accuracy() {
        return examples == 0 ? 0 : (double) correct / examples;
    }
}
