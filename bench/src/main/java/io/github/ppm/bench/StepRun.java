package io.github.ppm.bench;

import io.github.ppm.core.generate.GeneratorOptions;
import io.github.ppm.core.generate.PolicyGenerator;
import io.github.ppm.core.io.Format;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.core.lint.Lint;
import io.github.ppm.core.lint.LintOptions;
import io.github.ppm.core.rdf.Rdf;
import io.github.ppm.core.rdf.RdfFormat;
import io.github.ppm.core.rdf.RdfOptions;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.model.Policy;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where one corpus policy's time goes, step by step, on one thread: read, validate, compile the
 * policy index, lint, N-Triples export, in µs per policy, one line per pass (the last passes are the
 * warm figures). Run it with {@code java -cp benchmarks.jar io.github.ppm.bench.StepRun [POLICIES [PASSES]]}
 * (defaults 400 and 4); the policies are the corpus run's generated ones.
 */
public final class StepRun {
    private StepRun() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        byte[][] yaml = new byte[count][];
        for (int i = 0; i < count; i++) {
            Policy policy = PolicyGenerator.generate(new GeneratorOptions(i, 8, 6, 6, 5, 4, true));
            yaml[i] = PolicyIO.write(policy, Format.YAML).getBytes(StandardCharsets.UTF_8);
        }
        for (int pass = 1; pass <= passes; pass++) {
            long[] nanos = new long[5];
            for (byte[] text : yaml) {
                long t0 = System.nanoTime();
                Parsed<Policy> parsed = PolicyIO.read("policy.yaml", text, Format.YAML);
                long t1 = System.nanoTime();
                ValidatedPolicy valid = PolicyValidator.check(parsed).orThrow();
                long t2 = System.nanoTime();
                valid.index();
                long t3 = System.nanoTime();
                Lint.lint(valid, LintOptions.DEFAULT);
                long t4 = System.nanoTime();
                Rdf.write(valid, RdfFormat.NTRIPLES, RdfOptions.DEFAULT, OutputStream.nullOutputStream());
                long t5 = System.nanoTime();
                nanos[0] += t1 - t0;
                nanos[1] += t2 - t1;
                nanos[2] += t3 - t2;
                nanos[3] += t4 - t3;
                nanos[4] += t5 - t4;
            }
            System.out.printf(Locale.ROOT, "pass %d: read %d validate %d index %d lint %d export %d us/policy%n", pass,
                    nanos[0] / count / 1000, nanos[1] / count / 1000, nanos[2] / count / 1000, nanos[3] / count / 1000,
                    nanos[4] / count / 1000);
        }
    }
}
