/**
 * The command line ({@code summary}, {@code train}, {@code evaluate}, {@code predict}, {@code bench},
 * {@code render}), built on picocli. Runs headless without starting JavaFX, except {@code render}, which
 * draws the app's own views offscreen ({@code Render*} classes are the only ones here that see the UI).
 */
package org.convscope.cli;
