/**
 * The JavaFX desktop app, one sub-package per feature (a View bound to its ViewModel, with its CSS):
 * {@code shell} (the window, tabs, control panel), {@code training}, {@code drawpad}, {@code architecture},
 * {@code editor}, {@code kernels}, {@code featuremaps}, {@code convstep}, {@code poolstep}, {@code results}, {@code explain}, {@code compare}, {@code moveit},
 * {@code files}, {@code export}, {@code help}, {@code classroom}; what several features share lives in
 * {@code common} and {@code inspect}, what the two steppers share in {@code stepper}. View-models receive the training thread's snapshots on the FX thread
 * and run heavy work through a {@code TaskRunner}; views never load data or build models. Depends on
 * engine, data and training, never on the CLI or the app.
 */
package org.convscope.ui;
