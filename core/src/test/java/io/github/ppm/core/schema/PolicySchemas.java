package io.github.ppm.core.schema;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import io.github.ppm.model.Identifier;
import io.github.ppm.model.Policy;
import io.github.ppm.model.Section;
import io.github.ppm.model.TaxonomyKey;
import io.github.ppm.core.io.StrictScalars;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Generates {@code schemas/policy.schema.json}, the JSON Schema of the authoring format, from the
 * model records, and reads the constraints the model's single-value types enforce in code.
 */
final class PolicySchemas {
    static final String ID = "https://w3id.org/ppm/schema/policy.schema.json";
    /** Where the schema is committed, relative to the repository root. */
    static final Path FILE = Path.of("schemas", "policy.schema.json");
    /** The period shape the reader accepts. */
    static final String PERIOD = StrictScalars.PERIOD;
    /**
     * What {@code @NotBlank} accepts, as a JSON Schema pattern: some character that
     * {@link String#isBlank} does not count as white space ({@link Character#isWhitespace}).
     */
    static final String NOT_BLANK = "[^\\t\\n\\u000B\\f\\r\\u001C-\\u001F \\u1680\\u2000-\\u2006\\u2008-\\u200A"
            + "\\u2028\\u2029\\u205F\\u3000]";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .build();

    private PolicySchemas() {
    }

    /**
     * The pattern and length limit the constructor of a single-value model type checks.
     *
     * @param regex     a Java regex the whole value must match
     * @param maxLength the longest value, or {@code null} when unbounded
     */
    record Shape(String regex, Integer maxLength) {
    }

    /** The schema of a policy document. */
    static ObjectNode generate() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
                JSON, SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
                        Option.DEFINITIONS_FOR_ALL_OBJECTS,
                        Option.DEFINITION_FOR_MAIN_SCHEMA,
                        Option.PLAIN_DEFINITION_KEYS);
        config.forTypesInGeneral().withCustomDefinitionProvider(PolicySchemas::customDefinition);
        // Jakarta's @Pattern must match the whole value, a JSON Schema pattern any part of it, so the
        // Jakarta module (which would copy the regex as is) is left to the other constraints.
        config.forFields().withStringPatternResolver(PolicySchemas::anchoredPattern);
        config.with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED))
                .with(new JakartaValidationModule());
        ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(Policy.class);
        schema.put("$id", ID);
        schema.put("title", "ppm privacy policy");
        schema.put("description", "A privacy policy as typed data, in the ppm authoring format (YAML or JSON)."
                + " Unknown fields are errors; absent lists are empty.");
        return schema;
    }

    /** The schema as committed: keys sorted, two-space indent, {@code \n} line ends, final newline. */
    static String text(ObjectNode schema) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JSON.writer(printer).writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the schema could not be written", e);
        }
    }

    /** The shape a single-value model type (an id, a taxonomy key, a section) enforces, if it is one. */
    static Optional<Shape> shape(Class<?> type) {
        if (Identifier.class.isAssignableFrom(type)) {
            return Optional.of(new Shape(checksPattern("SLUG"), checksInt("MAX_ID_LENGTH")));
        }
        if (TaxonomyKey.class.isAssignableFrom(type)) {
            return Optional.of(new Shape(checksPattern("DOTTED"), checksInt("MAX_KEY_LENGTH")));
        }
        if (type == Section.class) {
            return Optional.of(new Shape(pattern(constant(Section.class, "SHAPE")), null));
        }
        return Optional.empty();
    }

    /** True for a record written as its one {@link JsonValue} component rather than as an object. */
    static boolean isValueRecord(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        return components != null && components.length == 1
                && components[0].getAccessor().isAnnotationPresent(JsonValue.class);
    }

    /** {@code regex} matching whole strings only, as Java's {@code matches()} does. */
    static String anchored(String regex) {
        return "^(?:" + regex + ")$";
    }

    private static CustomDefinition customDefinition(ResolvedType type, SchemaGenerationContext context) {
        Class<?> raw = type.getErasedType();
        if (raw == Period.class) {
            return inline(context.getGeneratorConfig().createObjectNode()
                    .put("type", "string").put("pattern", PERIOD));
        }
        if (raw == LocalDate.class) {
            return inline(context.getGeneratorConfig().createObjectNode()
                    .put("type", "string").put("format", "date"));
        }
        return shape(raw).map(shape -> {
            ObjectNode node = context.getGeneratorConfig().createObjectNode()
                    .put("type", "string").put("pattern", anchored(shape.regex()));
            if (shape.maxLength() != null) {
                node.put("maxLength", shape.maxLength());
            }
            // Always a $def: the type's description is said once and every use points at it.
            return new CustomDefinition(node, CustomDefinition.DefinitionType.ALWAYS_REF,
                    CustomDefinition.AttributeInclusion.YES);
        }).orElse(null);
    }

    private static CustomDefinition inline(ObjectNode node) {
        return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE,
                CustomDefinition.AttributeInclusion.NO);
    }

    private static String anchoredPattern(FieldScope field) {
        Pattern pattern = field.isFakeContainerItemScope()
                ? field.getContainerItemAnnotationConsideringFieldAndGetterIfSupported(Pattern.class)
                : field.getAnnotationConsideringFieldAndGetterIfSupported(Pattern.class);
        if (pattern != null) {
            return anchored(pattern.regexp());
        }
        boolean notBlank = field.isFakeContainerItemScope()
                ? field.getContainerItemAnnotationConsideringFieldAndGetterIfSupported(NotBlank.class) != null
                : field.getAnnotationConsideringFieldAndGetterIfSupported(NotBlank.class) != null;
        return notBlank ? NOT_BLANK : null;
    }

    private static String checksPattern(String name) {
        return pattern(constant(modelClass("Checks"), name));
    }

    private static int checksInt(String name) {
        return (Integer) constant(modelClass("Checks"), name);
    }

    private static String pattern(Object constant) {
        return ((java.util.regex.Pattern) constant).pattern();
    }

    /** Reads a model constant that is not public: the schema takes the model's own regex, never a copy. */
    private static Object constant(Class<?> owner, String name) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the model has no constant " + owner.getSimpleName() + "." + name, e);
        }
    }

    private static Class<?> modelClass(String simpleName) {
        try {
            return Class.forName(Policy.class.getPackageName() + "." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the model has no class " + simpleName, e);
        }
    }
}
