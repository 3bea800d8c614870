package io.github.ppm.core.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.yaml.snakeyaml.LoaderOptions;

/** The Jackson configuration of ppm: one strict reading setup and one deterministic writing setup. */
final class Mappers {
    private Mappers() {
    }

    /**
     * Built once per format and limits: a new mapper would rebuild every record deserializer by
     * reflection, which costs ten times the parse itself. Mappers are thread-safe once configured.
     */
    private static final Map<Format, Map<ReadLimits, ObjectMapper>> READERS = new EnumMap<>(Map.of(
            Format.YAML, new ConcurrentHashMap<>(), Format.JSON, new ConcurrentHashMap<>()));
    /** Built on first use: a command that only reads should not pay for the writers at start-up. */
    private static final Map<Format, ObjectWriter> WRITERS = new ConcurrentHashMap<>();

    /** A mapper that rejects anything not exactly of the model's shape, within {@code limits}. */
    static ObjectMapper reader(Format format, ReadLimits limits) {
        return READERS.get(format).computeIfAbsent(limits, l -> newReader(format, l));
    }

    /** A writer whose output depends only on the value: record order, no empty fields, fixed layout. */
    static ObjectWriter writer(Format format) {
        return WRITERS.computeIfAbsent(format, Mappers::newWriter);
    }

    private static ObjectMapper newReader(Format format, ReadLimits limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 1)
                .maxStringLength(limits.maxStringLength())
                .maxDocumentLength(limits.maxBytes())
                .build();
        JsonFactory factory;
        if (format == Format.YAML) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(0);
            options.setNestingDepthLimit(limits.maxDepth() + 1);
            options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
            factory = YAMLFactory.builder()
                    .loaderOptions(options)
                    .streamReadConstraints(constraints)
                    .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                    .build();
        } else {
            factory = JsonFactory.builder().streamReadConstraints(constraints).build();
        }
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        factory.enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION.mappedFeature());
        ObjectMapper mapper = JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .addModule(StrictScalars.module())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .build();
        // Nothing is coerced, as the schema coerces nothing: a number or true in a text field is an error
        // (quote it: "95555"), so is "" or " " where a boolean, number or enum is expected; TokenScan
        // refuses null.
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigDefaults().setAcceptBlankAsEmpty(false)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Collection).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.POJO).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        return mapper;
    }

    private static ObjectWriter newWriter(Format format) {
        ObjectMapper mapper;
        if (format == Format.YAML) {
            mapper = YAMLMapper.builder(YAMLFactory.builder().stringQuotingChecker(new Yaml11Quoting()).build())
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                    .addModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                    .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
                    .build();
            return mapper.writer();
        }
        mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
                .build();
        return mapper.writer(new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    }
}
