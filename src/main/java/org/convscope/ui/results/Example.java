package org.convscope.ui.results;

/** One test image in the selected cell: its index in the test set and how sure the model was of its guess. */
public record Example(int index, int actual, int guessed, float confidence) {
}
