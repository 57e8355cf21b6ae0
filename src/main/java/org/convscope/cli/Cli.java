package org.convscope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code java --add-modules jdk.incubator.vector -jar convscope.jar COMMAND ...}. */
@Command(name = "convscope", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "ConvScope: see a convolutional neural network learn.",
        subcommands = {CommandLine.HelpCommand.class})
public final class Cli implements Runnable {

    /** Runs the CLI and returns its exit code (0 success, 1 failure, 2 usage error). */
    public static int run(String... args) {
        return new CommandLine(new Cli()).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"ConvScope " + (v == null ? "(development)" : v)};
        }
    }
}
