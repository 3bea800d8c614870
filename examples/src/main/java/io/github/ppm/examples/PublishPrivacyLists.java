package io.github.ppm.examples;

import io.github.ppm.core.diag.ReportFormat;
import io.github.ppm.core.diag.ReportWriter;
import io.github.ppm.core.disclosure.Table;
import io.github.ppm.core.disclosure.TableFormat;
import io.github.ppm.core.disclosure.TableKind;
import io.github.ppm.core.disclosure.Tables;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.core.validate.Validation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes the two lists Chinese regulators ask an app to show — the personal-information
 * collection list (个人信息收集清单) and the third-party sharing list (第三方信息共享清单) — as a
 * build step: read the policy, stop if it is invalid, render both lists in Chinese and English as
 * HTML and CSV, and write them where the site is published from.
 *
 * <pre>
 * ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=io.github.ppm.examples.PublishPrivacyLists
 * </pre>
 *
 * Arguments: {@code [POLICY [OUTPUT_DIR]]}; by default the flagship policy and
 * {@code examples/target/site/privacy/} (the exec configuration in {@code examples/pom.xml}).
 */
public final class PublishPrivacyLists {
    private static final List<TableKind> LISTS = List.of(TableKind.COLLECTION, TableKind.SHARING);
    private static final List<TableFormat> FORMATS = List.of(TableFormat.HTML, TableFormat.CSV);

    private PublishPrivacyLists() {
    }

    public static void main(String[] args) throws IOException {
        Path policy = Path.of(args.length > 0 ? args[0] : "jinshang-consumer-finance/policy.yaml");
        Path out = Path.of(args.length > 1 ? args[1] : "target/site/privacy");
        int code = run(policy, out, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Writes the lists and returns an exit code: 0 when written, 3 when the policy is invalid.
     *
     * @return the files written, printed one a line to {@code out}
     */
    public static int run(Path policyFile, Path outputDir, PrintStream out, PrintStream err) throws IOException {
        Validation validation = PolicyValidator.read(policyFile);
        if (!validation.valid()) {
            // A list published from a broken policy would disagree with the policy: refuse.
            err.print(ReportWriter.of(ReportFormat.HUMAN, "en").write(validation.report()));
            return 3;
        }
        ValidatedPolicy policy = validation.policy();
        Files.createDirectories(outputDir);
        List<Path> written = new ArrayList<>();
        for (TableKind kind : LISTS) {
            Table table = Tables.build(policy, kind);
            for (String lang : Tables.LANGUAGES) {
                for (TableFormat format : FORMATS) {
                    Path file = outputDir.resolve(Tables.fileName(kind, format, lang));
                    Files.writeString(file, Tables.render(table, format, lang), StandardCharsets.UTF_8);
                    written.add(file);
                }
            }
            out.println(kind.id() + ": " + table.rows().size() + " rows");
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path file : written) {
            Path absolute = file.toAbsolutePath();
            out.println("wrote " + (absolute.startsWith(here) ? here.relativize(absolute) : absolute));
        }
        return 0;
    }
}
