package org.convscope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code java --add-modules jdk.incubator.vector -jar convscope.jar COMMAND ...}. */
@Command(name = "convscope", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "ConvScope: see a convolutional neural network learn.", resourceBundle = "org.convscope.cli.options",
        subcommands = {SummaryCommand.class, TrainCommand.class, ExperimentCommand.class, EvaluateCommand.class, PredictCommand.class, ExplainCommand.class, EmbedCommand.class, RenderCommand.class, ExportCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Cli implements Runnable {

    /** Runs the CLI and returns its exit code (0 success, 1 failure, 2 usage error). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Cli());
        cl.setExecutionExceptionHandler(Cli::onFailure);
        return cl.execute(args);
    }

    // Expected failures (bad architecture, missing file, bad data) get one line, not a stack trace.
    private static int onFailure(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        cl.getErr().println("convscope " + cl.getCommandName() + ": error: " + msg);
        if (Boolean.getBoolean("convscope.debug")) e.printStackTrace(cl.getErr());
        return 1;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** The jar's version, or "development" when run from classes. */
    static String version() {
        String v = Cli.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ConvScope " + version()};
        }
    }
}
