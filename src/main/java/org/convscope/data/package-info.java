/**
 * The data the engine learns from: the IDX reader, the bundled MNIST and Fashion-MNIST test and training
 * sets ({@code Datasets}, decoded once and cached), the seeded shuffling {@code Batcher}, and the
 * {@code DigitPreprocessor} that turns a drawing into a 28×28 image the way MNIST was made. Depends on the
 * engine only; no JavaFX.
 */
package org.convscope.data;
