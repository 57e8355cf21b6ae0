/**
 * Training as a process: the synchronous {@code Trainer} (testable, used by the CLI), the
 * {@code TrainingSession} that runs it on its own thread (start, pause, step, reset, live learning-rate
 * changes) and publishes immutable {@code TrainingSnapshot}s through a latest-wins mailbox, evaluation,
 * metrics history and runs, the pretrained course models and the Keras and PyTorch programs of a model; {@code experiment}
 * holds the course's preset experiments, {@code shift} the arithmetic of Move it. Depends on the engine
 * and data; no JavaFX, so the CLI and the tests run it headless.
 */
package org.convscope.training;
