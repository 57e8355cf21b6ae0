/**
 * The course's claims as experiments: presets whose arms differ in one thing only (pooling, depth,
 * learning rate, optimizer), trained one after another on the same subset with the synchronous
 * {@code Trainer}, each arm ending as a {@code Run}. The CLI's {@code experiment} command and the app's
 * Compare view both run them through {@link org.convscope.training.experiment.ExperimentRunner}.
 */
package org.convscope.training.experiment;
