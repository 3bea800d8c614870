package io.github.ppm.core.query;

import io.github.ppm.core.rdf.Rdf;
import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.LegalBasis;
import io.github.ppm.model.PermissionKey;
import io.github.ppm.model.PurposeKey;
import io.github.ppm.model.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;

/**
 * A SPARQL query shipped with ppm, read from {@code named/NAME.rq} with the header that documents
 * it. Its parameters are bound with Jena's {@link ParameterizedSparqlString}: a value is checked
 * against its type and becomes one IRI or one literal, never query text.
 *
 * @param name        the file's name without {@code .rq}, e.g. {@code sdks-receiving}
 * @param title       its title in Chinese and English
 * @param description what it answers and how
 * @param parameters  its parameters, in header order
 * @param text        the SPARQL text, header included
 */
public record NamedQuery(String name, Text title, String description, List<Parameter> parameters, String text) {
    public NamedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(text, "text");
    }

    /** What a parameter's value is, and how it enters the query. */
    public enum Type {
        /** A data category key, bound as its concept IRI. */
        DATA_CATEGORY("data-category"),
        /** A purpose key, bound as its concept IRI. */
        PURPOSE("purpose"),
        /** A permission key, bound as its concept IRI. */
        PERMISSION("permission"),
        /** A PIPL legal basis by name (e.g. {@code CONTRACT}) bound as its concept IRI, or {@code none}. */
        LEGAL_BASIS("legal-basis"),
        /** Any text, bound as a plain literal. */
        STRING("string"),
        /** A whole number, bound as an {@code xsd:integer} literal. */
        INTEGER("integer"),
        /** A language tag such as {@code zh} or {@code en}, bound as a plain literal. */
        LANGUAGE("language");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        /** The name used in query headers, e.g. {@code data-category}. */
        public String label() {
            return label;
        }

        static Type of(String label) {
            for (Type t : values()) {
                if (t.label.equals(label)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("unknown parameter type `" + label + "`");
        }
    }

    /**
     * One parameter.
     *
     * @param name         the variable it binds, without {@code ?}
     * @param type         its type
     * @param defaultValue the value used when none is given
     * @param description  what it means
     */
    public record Parameter(String name, Type type, String defaultValue, String description) {
        public Parameter {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(defaultValue, "defaultValue");
            Objects.requireNonNull(description, "description");
        }
    }

    /**
     * The query with its parameters bound: {@code values} by parameter name, defaults for the rest.
     *
     * @throws IllegalArgumentException for an unknown parameter or a value its type rejects
     */
    public Query bind(Map<String, String> values) {
        Map<String, Parameter> byName = new LinkedHashMap<>();
        parameters.forEach(p -> byName.put(p.name(), p));
        for (String given : values.keySet()) {
            if (!byName.containsKey(given)) {
                throw new IllegalArgumentException("query `" + name + "` has no parameter `" + given + "`"
                        + (byName.isEmpty() ? "" : " (it has: " + String.join(", ", byName.keySet()) + ")"));
            }
        }
        ParameterizedSparqlString sparql = new ParameterizedSparqlString(text);
        for (Parameter p : parameters) {
            String value = values.getOrDefault(p.name(), p.defaultValue());
            bind(sparql, p, value);
        }
        return sparql.asQuery();
    }

    /** The query with every parameter at its default. */
    public Query bind() {
        return bind(Map.of());
    }

    private void bind(ParameterizedSparqlString sparql, Parameter p, String value) {
        try {
            switch (p.type()) {
                case DATA_CATEGORY -> sparql.setIri(p.name(), Rdf.conceptIri(new CategoryKey(value)));
                case PURPOSE -> sparql.setIri(p.name(), Rdf.conceptIri(new PurposeKey(value)));
                case PERMISSION -> sparql.setIri(p.name(), Rdf.conceptIri(new PermissionKey(value)));
                case LEGAL_BASIS -> {
                    if (value.equalsIgnoreCase("none")) {
                        sparql.setLiteral(p.name(), "none");
                    } else {
                        LegalBasis basis = LegalBasis.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
                        sparql.setIri(p.name(), Rdf.conceptIri(basis).orElseThrow());
                    }
                }
                case STRING -> sparql.setLiteral(p.name(), value);
                case INTEGER -> sparql.setLiteral(p.name(), Long.toString(Long.parseLong(value.strip())),
                        XSDDatatype.XSDinteger);
                case LANGUAGE -> {
                    if (!value.matches("[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
                        throw new IllegalArgumentException("not a language tag");
                    }
                    sparql.setLiteral(p.name(), value);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parameter `" + p.name() + "` of query `" + name + "`: `" + value
                    + "` is not a valid " + p.type().label() + hint(p.type()), e);
        }
    }

    private static String hint(Type type) {
        return switch (type) {
            case LEGAL_BASIS -> " (one of " + String.join(", ", java.util.Arrays.stream(LegalBasis.values())
                    .map(Enum::name).toList()) + ", none)";
            case DATA_CATEGORY, PURPOSE, PERMISSION -> " (a dotted taxonomy key such as device.identifier)";
            default -> "";
        };
    }
}
