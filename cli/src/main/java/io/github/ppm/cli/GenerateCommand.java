package io.github.ppm.cli;

import io.github.ppm.core.generate.GeneratorOptions;
import io.github.ppm.core.generate.PolicyGenerator;
import io.github.ppm.core.io.Format;
import io.github.ppm.core.io.OutputFiles;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.model.Policy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ppm generate}: synthetic valid policies, the same for the same seed. */
@Command(name = "generate",
        description = {
            "Write N synthetic policies (YAML) that pass validation, for trying queries, stores and",
            "benchmarks at scale. Policy i comes from seed S + i, so the same options always write the",
            "same files; each policy's id carries its seed, so the policies stay apart in one store."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ppm generate --count 100 --seed 1 -o generated/",
            "  ppm generate --count 10000 --seed 7 -o corpus/ --no-hostile && ppm load corpus/ --store store/"
        },
        mixinStandardHelpOptions = true)
final class GenerateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--count", required = true, paramLabel = "N", description = "How many policies.")
    private int count;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "The first seed. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "The folder to write to (created).")
    private Path output;

    @Option(names = "--hostile", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Include hostile-but-valid texts (quotes, markup, emoji, long strings). Default: on.")
    private boolean hostile;

    @Override
    public Integer call() throws IOException {
        if (count < 0 || count > 1_000_000) {
            spec.commandLine().getErr().println("ppm generate: --count must be between 0 and 1000000");
            return 2;
        }
        OutputFiles.checkOutputFolder(output);
        GeneratorOptions options = GeneratorOptions.DEFAULT.withHostile(hostile);
        for (int i = 0; i < count; i++) {
            Policy policy = PolicyGenerator.generate(options.withSeed(seed + i));
            OutputFiles.writeInside(output, policy.id().value() + ".yaml", PolicyIO.write(policy, Format.YAML));
        }
        spec.commandLine().getOut().println("wrote " + count + " policies (seeds " + seed + " to " + (seed + count - 1)
                + ") to " + output);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
