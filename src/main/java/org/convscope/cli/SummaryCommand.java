package org.convscope.cli;

import java.util.concurrent.Callable;
import org.convscope.engine.layer.spec.ModelSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Print an architecture as Keras' model.summary(), with each layer's parameter formula.")
final class SummaryCommand implements Callable<Integer> {

    @Option(names = "--arch", defaultValue = "seed", paramLabel = "seed|SPEC",
            description = "'seed' (the course model) or a compact architecture such as c32k3-p2-c64k3-p2-c64k3-f-d64-d10 (default: ${DEFAULT-VALUE}).")
    String arch;

    @Override
    public Integer call() {
        ModelSpec spec = ModelSpec.parse(arch);
        System.out.print(SummaryTable.render(spec));
        return 0;
    }
}
