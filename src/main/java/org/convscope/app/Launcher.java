package org.convscope.app;

import org.convscope.cli.Cli;

/**
 * Entry point of the jar. With no arguments it opens the window, and with a model or session file
 * the window opens that; with a command it runs the CLI and never loads JavaFX. (A main class that extends Application cannot start from the class path,
 * hence this plain class.)
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        StartupClock.mark("main");
        if (args.length > 0 && !opensFile(args)) {
            System.exit(Cli.run(args));
        }
        // the window opens on MNIST's course model: read it while JavaFX starts
        org.convscope.training.PretrainedModels.prefetch(org.convscope.data.DatasetKind.MNIST);
        ConvScopeApp.launchApp(args);
    }

    /** One argument naming a model (.cnn.zip, .onnx) or session file: the window opens with it (a double-clicked lesson). */
    static boolean opensFile(String[] args) {
        if (args.length != 1) return false;
        String a = args[0].toLowerCase(java.util.Locale.ROOT);
        return (a.endsWith(".cnn.zip") || a.endsWith(".convscope") || a.endsWith(".onnx"))
                && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(args[0]));
    }
}
