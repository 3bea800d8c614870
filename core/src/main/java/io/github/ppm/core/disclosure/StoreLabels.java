package io.github.ppm.core.disclosure;

import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.io.DocumentReader;
import io.github.ppm.core.io.Format;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.core.validate.ValidatedPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * App-store privacy labels made from a policy through the mapping files
 * {@code schemas/labels/apple.yaml} and {@code play.yaml}: Apple's {@code PrivacyInfo.xcprivacy}
 * and the Google Play Data safety CSV. What the policy does not let ppm map or answer is left out
 * or blank and reported as a diagnostic, never guessed.
 *
 * <pre>{@code
 * StoreLabel label = StoreLabels.generate(PolicyIO.read(file), StoreTarget.APPLE);
 * Files.writeString(out.resolve(label.target().fileName()), label.content());
 * }</pre>
 */
public final class StoreLabels {
    /** The classpath folder of the mapping files. */
    public static final String RESOURCE_DIR = "/schemas/labels/";
    private static final Map<StoreTarget, LabelMapping> MAPPINGS = new EnumMap<>(StoreTarget.class);

    private StoreLabels() {
    }

    /** The label of a validated policy; its findings point into the policy file. */
    public static StoreLabel generate(ValidatedPolicy policy, StoreTarget target) {
        Objects.requireNonNull(policy, "policy");
        Findings findings = new Findings(policy.sourceMap());
        LabelMapping mapping = mapping(target);
        String content = switch (target) {
            case APPLE -> AppleManifest.write(policy.index(), mapping, findings);
            case PLAY -> PlayDataSafety.write(policy.index(), mapping, findings);
        };
        return new StoreLabel(target, content, findings.report());
    }

    /** The built-in mapping of a store, read once from the classpath. */
    public static synchronized LabelMapping mapping(StoreTarget target) {
        return MAPPINGS.computeIfAbsent(target, StoreLabels::load);
    }

    /** Reads a mapping file strictly; a broken built-in file is a build defect. */
    public static Parsed<LabelMapping> readMapping(StoreTarget target) {
        String name = RESOURCE_DIR + target.id() + ".yaml";
        try (InputStream in = StoreLabels.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing label mapping " + name);
            }
            return DocumentReader.of(LabelMapping.class).read(name, in.readAllBytes(), Format.YAML);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LabelMapping load(StoreTarget target) {
        Parsed<LabelMapping> parsed = readMapping(target);
        if (!parsed.ok()) {
            Diagnostic first = parsed.report().diagnostics().get(0);
            throw new IllegalStateException("broken label mapping: " + first.location().display() + " "
                    + first.message().en());
        }
        return parsed.value();
    }
}
