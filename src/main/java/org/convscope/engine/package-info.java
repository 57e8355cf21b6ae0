/**
 * The CNN engine, pure Java with no JavaFX, AWT or I/O beyond its model files: tensors stored NHWC
 * ({@code tensor}), SIMD and scalar kernels ({@code kernel}), layers that run forward and backward side by
 * side ({@code layer}) built from immutable specs ({@code layer.spec}: shapes, parameter counts and
 * formulas before any training), the loss, the optimizers, the {@code Sequential} model with its per-layer
 * taps and data-parallel runner ({@code model}, {@code parallel}), the {@code .cnn.zip} model format
 * ({@code io}; ONNX export and import in {@code io.onnx}), a plain double-precision oracle of every layer
 * ({@code reference}) that the tests hold the fast kernels to, and why a model gives its answer for an image ({@code explain}: class gradients and
 * the attribution maps made from them). Deterministic for a seed, whatever the thread count. Depends on
 * nothing else here.
 */
package org.convscope.engine;
