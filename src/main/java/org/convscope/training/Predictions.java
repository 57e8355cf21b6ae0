package org.convscope.training;

/** The model's current guesses for a fixed strip of test images. */
public record Predictions(int[] indices, int[] labels, int[] predicted, float[] confidence) {
    public int size() {
        return indices.length;
    }

    public boolean correct(int i) {
        return labels[i] == predicted[i];
    }
}
