package io.github.ppm.core.taxonomy;

import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.io.DocumentReader;
import io.github.ppm.core.io.Format;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.model.CategoryDefinition;
import io.github.ppm.model.Policy;
import io.github.ppm.model.PurposeDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The five taxonomies a policy's keys point into. {@link #builtIn()} is ppm's own, read once from
 * the classpath; {@link #forPolicy(Policy)} adds the categories and purposes a policy declares.
 */
public record Taxonomy(
        Vocabulary categories,
        Vocabulary purposes,
        Vocabulary permissions,
        Vocabulary partyKinds,
        Vocabulary measures) {

    /** The classpath folder of the taxonomy files. */
    public static final String RESOURCE_DIR = "/schemas/taxonomy/";
    /** The file names, in the order of the record's components. */
    public static final List<String> FILES = List.of(
            "data-categories.yaml", "purposes.yaml", "permissions.yaml", "party-kinds.yaml", "measures.yaml");

    private static final class BuiltIn {
        static final Taxonomy INSTANCE = load();
    }

    /** ppm's built-in taxonomy. */
    public static Taxonomy builtIn() {
        return BuiltIn.INSTANCE;
    }

    /** The five vocabularies, in the order of the record's components. */
    public List<Vocabulary> vocabularies() {
        return List.of(categories, purposes, permissions, partyKinds, measures);
    }

    /** The vocabulary called {@code name} ({@code data-category}, {@code purpose}, ...), if there is one. */
    public Optional<Vocabulary> vocabulary(String name) {
        return vocabularies().stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** The built-in taxonomy plus the policy's own categories and purposes. */
    public static Taxonomy forPolicy(Policy policy) {
        Taxonomy base = builtIn();
        if (policy.categories().isEmpty() && policy.purposes().isEmpty()) {
            return base;
        }
        List<TaxonomyEntry> categories = policy.categories().stream().map(Taxonomy::entry).toList();
        List<TaxonomyEntry> purposes = policy.purposes().stream().map(Taxonomy::entry).toList();
        return new Taxonomy(base.categories.plus(categories), base.purposes.plus(purposes),
                base.permissions, base.partyKinds, base.measures);
    }

    private static TaxonomyEntry entry(CategoryDefinition c) {
        return new TaxonomyEntry(c.key().value(), c.label(), null, null, c.sensitive(), c.sensitiveBasis(),
                null, null, null, null);
    }

    private static TaxonomyEntry entry(PurposeDefinition p) {
        return new TaxonomyEntry(p.key().value(), p.label(), null, null, false, null, null, null, null, null);
    }

    private static Taxonomy load() {
        return new Taxonomy(read(FILES.get(0)), read(FILES.get(1)), read(FILES.get(2)), read(FILES.get(3)),
                read(FILES.get(4)));
    }

    /** Reads one built-in taxonomy file strictly; a broken built-in file is a build defect. */
    public static Parsed<TaxonomyFile> readFile(String fileName) {
        try (InputStream in = Taxonomy.class.getResourceAsStream(RESOURCE_DIR + fileName)) {
            if (in == null) {
                throw new IllegalStateException("missing taxonomy resource " + RESOURCE_DIR + fileName);
            }
            return DocumentReader.of(TaxonomyFile.class).read(RESOURCE_DIR + fileName, in.readAllBytes(), Format.YAML);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Vocabulary read(String fileName) {
        Parsed<TaxonomyFile> parsed = readFile(fileName);
        if (!parsed.ok()) {
            Diagnostic first = parsed.report().diagnostics().get(0);
            throw new IllegalStateException("broken built-in taxonomy: " + first.location().display() + " "
                    + first.message().en());
        }
        return new Vocabulary(parsed.value().taxonomy(), parsed.value().entries());
    }
}
