/**
 * The command line ({@code summary}, {@code train}, {@code evaluate}, {@code predict}, {@code explain},
 * {@code bench}, {@code render}), built on picocli. Runs headless without starting JavaFX, except
 * {@code render} and {@code explain --out}, which draw the app's own views offscreen ({@code Render*}
 * classes are the only ones here that see the UI).
 */
package org.convscope.cli;
