package org.convscope.engine.model;

/** What one training step measured: the mean loss and how many of its examples were classified right. */
public record StepResult(double loss, int correct, int examples) {
    public double accuracy() {
        return examples == 0 ? 0 : (double) correct / examples;
    }

    public boolean finite() {
        return Double.isFinite(loss);
    }
}
