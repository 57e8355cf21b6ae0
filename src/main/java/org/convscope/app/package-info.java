/**
 * The entry point: {@code Launcher} runs a CLI command, or opens the window ({@code ConvScopeApp}, which
 * wires the view-models to the main window and shuts training down when it closes).
 */
package org.convscope.app;
