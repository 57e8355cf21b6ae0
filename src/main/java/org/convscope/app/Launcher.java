package org.convscope.app;

import org.convscope.cli.Cli;

/**
 * Entry point of the jar. With no arguments it opens the window; with a command it runs the CLI and
 * never loads JavaFX. (A main class that extends Application cannot start from the class path,
 * hence this plain class.)
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.exit(Cli.run(args));
        }
        ConvScopeApp.launchApp(args);
    }
}
