package io.github.ppm.core.io;

import static io.github.ppm.core.io.DocumentReader.diagnostic;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.diag.Messages;
import io.github.ppm.core.diag.SourceLocation;
import io.github.ppm.core.diag.Suggestions;
import io.github.ppm.model.InvalidValueException;
import io.github.ppm.model.Text;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Maps Jackson's, the YAML scanner's and the model's exceptions to diagnostics. */
final class ReadErrors {
    private static final Pattern FOUND = Pattern.compile("(?i)(?:from|coerce) (Integer|Floating-point|String|Boolean|Array|Object|Null|Empty String|\\w+) value");

    private ReadErrors() {
    }

    static Diagnostic toDiagnostic(String name, Exception e, ReadLimits limits) {
        SourceLocation at = location(name, e);
        InvalidValueException invalid = invalidValue(e);
        if (invalid != null) {
            return invalidValue(at, invalid);
        }
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (e instanceof StreamConstraintsException || text.contains("nesting depth")) {
            if (text.contains("string value length")) {
                return diagnostic("PPM-IO-STRING-TOO-LONG", at, null, limits.maxStringLength());
            }
            if (text.contains("document length")) {
                return diagnostic("PPM-IO-TOO-LARGE", at, null, "?", limits.maxBytes());
            }
            return diagnostic("PPM-IO-TOO-DEEP", at, null, limits.maxDepth());
        }
        if (text.contains("code points")) {
            return diagnostic("PPM-IO-TOO-LARGE", at, null, "?", limits.maxBytes());
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return unknownField(at, u);
        }
        if (e instanceof InvalidFormatException f) {
            return badValue(at, f);
        }
        if (e instanceof MismatchedInputException m) {
            return mismatched(at, m, text);
        }
        if (e instanceof StreamReadException && text.contains("duplicate")) {
            return diagnostic("PPM-IO-DUPLICATE-KEY", at, null, between(e.getMessage(), "'", "'"));
        }
        String detail = e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
        return diagnostic("PPM-IO-SYNTAX", at, null, cleanMessage(firstLine(detail)));
    }

    private static InvalidValueException invalidValue(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidValueException invalid) {
                return invalid;
            }
        }
        return null;
    }

    private static Diagnostic invalidValue(SourceLocation at, InvalidValueException e) {
        Text what = e.field().contains(" ")
                ? Messages.of("what." + e.field().replace(' ', '-'))
                : new Text(e.field(), e.field());
        return switch (e.problem()) {
            case REQUIRED -> diagnostic("PPM-IO-MISSING-FIELD", child(at, e.field()), null, e.field());
            case ID_SHAPE -> diagnostic("PPM-IO-BAD-ID", at, null, e.value(), what);
            case KEY_SHAPE -> diagnostic("PPM-IO-BAD-KEY", at, null, e.value(), what);
            case SECTION_SHAPE -> diagnostic("PPM-IO-BAD-SECTION", at, null, e.value());
            case NULL_ENTRY -> diagnostic("PPM-IO-NULL-ENTRY", child(at, e.field()), null, e.field());
            case EMPTY -> diagnostic("PPM-IO-EMPTY-LIST", child(at, e.field()), null, e.field());
            case REQUIRED_BY -> diagnostic("PPM-IO-REQUIRED-BY", at, null, e.field(), e.value());
        };
    }

    private static SourceLocation child(SourceLocation at, String field) {
        String pointer = at.pointer().endsWith("/" + field) ? at.pointer() : at.pointer() + "/" + field;
        return new SourceLocation(at.file(), pointer, at.line(), at.column());
    }

    private static Diagnostic unknownField(SourceLocation at, UnrecognizedPropertyException u) {
        Collection<Object> known = u.getKnownPropertyIds() == null ? List.of() : u.getKnownPropertyIds();
        List<String> names = known.stream().map(String::valueOf).sorted().toList();
        String field = u.getPropertyName();
        Text help = Suggestions.closest(field, names)
                .map(s -> Messages.of("PPM-IO-UNKNOWN-FIELD.suggest", s))
                .orElseGet(() -> Messages.of("PPM-IO-UNKNOWN-FIELD.list", String.join("`, `", names)));
        return new Diagnostic("PPM-IO-UNKNOWN-FIELD", diagnostic("PPM-IO-UNKNOWN-FIELD", at, null).severity(),
                Messages.of("PPM-IO-UNKNOWN-FIELD", field), help, at, List.of());
    }

    private static Diagnostic badValue(SourceLocation at, InvalidFormatException f) {
        Class<?> target = f.getTargetType();
        if (target != null && target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining("`, `"));
            return diagnostic("PPM-IO-BAD-ENUM", at, null, f.getValue(), allowed);
        }
        return diagnostic("PPM-IO-WRONG-TYPE", at, null, "`" + shortValue(f.getValue()) + "`", expected(target));
    }

    private static Diagnostic mismatched(SourceLocation at, MismatchedInputException m, String text) {
        if (text.contains("missing required creator property")) {
            String field = between(m.getOriginalMessage(), "'", "'");
            return diagnostic("PPM-IO-MISSING-FIELD", child(at, field), null, field);
        }
        if (text.contains("trailing token")) {
            return diagnostic("PPM-IO-SYNTAX", at, null, "more than one document in the file");
        }
        return diagnostic("PPM-IO-WRONG-TYPE", at, null, found(m.getOriginalMessage()), expected(m.getTargetType()));
    }

    /** The kind of value the input had, from Jackson's message ("... from Array value ..."). */
    private static Text found(String message) {
        Matcher matcher = FOUND.matcher(String.valueOf(message));
        if (!matcher.find()) {
            return Messages.of("type.value");
        }
        return switch (matcher.group(1).toLowerCase(Locale.ROOT)) {
            case "integer", "floating-point" -> Messages.of("type.number");
            case "string", "empty string" -> Messages.of("type.text");
            case "boolean" -> Messages.of("type.boolean");
            case "array" -> Messages.of("type.list");
            case "object" -> Messages.of("type.object");
            case "null" -> Messages.of("type.null");
            default -> Messages.of("type.value");
        };
    }

    private static Text expected(Class<?> target) {
        if (target == null) {
            return Messages.of("type.value");
        }
        if (Collection.class.isAssignableFrom(target)) {
            return Messages.of("type.list");
        }
        if (target == String.class || target.isEnum()) {
            return Messages.of("type.text");
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return Messages.of("type.whole-number");
        }
        if (target == Boolean.class || target == boolean.class) {
            return Messages.of("type.boolean");
        }
        if (target == LocalDate.class) {
            return Messages.of("type.date");
        }
        if (target == Period.class) {
            return Messages.of("type.period");
        }
        if (target.isRecord() && target.getRecordComponents().length == 1) {
            return Messages.of("type.text");
        }
        return Messages.of("type.object");
    }

    static SourceLocation location(String name, Exception e) {
        String pointer = "";
        if (e instanceof JsonMappingException d) {
            pointer = Pointers.of(d.getPath());
        } else if (e instanceof StreamReadException s && s.getProcessor() != null) {
            pointer = s.getProcessor().getParsingContext().pathAsPointer().toString();
        }
        JsonLocation at = e instanceof JacksonException j ? j.getLocation() : null;
        if (at == null || at.getLineNr() <= 0) {
            Integer line = yamlLine(e);
            return line == null ? SourceLocation.of(name, pointer) : new SourceLocation(name, pointer, line, 1);
        }
        return new SourceLocation(name, pointer, at.getLineNr(), Math.max(1, at.getColumnNr()));
    }

    /** SnakeYAML's own errors carry a mark with a 0-based line. */
    private static Integer yamlLine(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked && marked.getProblemMark() != null) {
                return marked.getProblemMark().getLine() + 1;
            }
        }
        return null;
    }

    private static String between(String text, String open, String close) {
        if (text == null) {
            return "?";
        }
        int start = text.indexOf(open);
        int end = start < 0 ? -1 : text.indexOf(close, start + 1);
        return end < 0 ? "?" : text.substring(start + 1, end);
    }

    private static String shortValue(Object value) {
        String text = String.valueOf(value);
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /** Drops Java type names from a library message. */
    private static String cleanMessage(String message) {
        return message.replaceAll("\\(class [^)]*\\)", "")
                .replaceAll("`(java|com|io|org)\\.[a-zA-Z_$0-9.]+`", "").trim();
    }
}
