package io.github.ppm.core.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.diag.Messages;
import io.github.ppm.core.diag.Report;
import io.github.ppm.core.diag.Severity;
import io.github.ppm.core.diag.SourceLocation;
import io.github.ppm.core.diag.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads one document of a given type strictly. Every failure becomes one diagnostic with its own
 * code; no exception escapes for bad input.
 *
 * @param type   the record type to read
 * @param limits the bounds on the input
 */
public record DocumentReader<T>(Class<T> type, ReadLimits limits) {

    public static <T> DocumentReader<T> of(Class<T> type) {
        return new DocumentReader<>(type, ReadLimits.DEFAULT);
    }

    public DocumentReader<T> withLimits(ReadLimits newLimits) {
        return new DocumentReader<>(type, newLimits);
    }

    /** Reads a file; its format comes from its extension. */
    public Parsed<T> read(Path file) {
        String name = file.toString();
        Format format = Format.of(file).orElse(null);
        if (format == null) {
            return failed(name, "PPM-IO-FORMAT", SourceLocation.of(name, ""), file.getFileName());
        }
        byte[] content;
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                return failed(name, "PPM-IO-TOO-LARGE", SourceLocation.of(name, ""), size, limits.maxBytes());
            }
            content = readBounded(file);
        } catch (NoSuchFileException e) {
            return failed(name, "PPM-IO-NOT-FOUND", SourceLocation.of(name, ""), name);
        } catch (IOException e) {
            return failed(name, "PPM-IO-UNREADABLE", SourceLocation.of(name, ""), String.valueOf(e.getMessage()));
        }
        return read(name, content, format);
    }

    /** Reads bytes that came from somewhere named {@code name}. */
    public Parsed<T> read(String name, byte[] content, Format format) {
        SourceMap sourceMap = SourceMap.ofText(name, content, format);
        if (content.length > limits.maxBytes()) {
            return failed(name, "PPM-IO-TOO-LARGE", SourceLocation.of(name, ""), content.length, limits.maxBytes());
        }
        ObjectMapper mapper = Mappers.reader(format, limits);
        try {
            // The whole document's syntax and limits are checked before any binding, so a malformed
            // file is reported as such and not as the first wrong type it causes.
            TokenScan.Scanned scanned = TokenScan.scan(mapper, content, limits);
            if (scanned == null) {
                return failedWith(sourceMap, diagnostic("PPM-IO-EMPTY", SourceLocation.of(name, ""), null));
            }
            sourceMap = SourceMap.ofTokens(name, scanned);
            try (JsonParser replay = scanned.tokens().asParser(mapper)) {
                T value = mapper.readValue(replay, type);
                if (value == null) {
                    // A document that is only `~` or `null` binds to nothing; found by fuzzing.
                    return failedWith(sourceMap, diagnostic("PPM-IO-WRONG-TYPE", new SourceLocation(name, "", 1, 1),
                            null, Messages.of("type.null"), Messages.of("type.object")));
                }
                return new Parsed<>(value, Report.empty(), sourceMap);
            }
        } catch (TokenScan.Refused e) {
            return failedWith(sourceMap, diagnostic(e.rule(), e.at(name), null, e.args()));
        } catch (JacksonException e) {
            Diagnostic found = located(ReadErrors.toDiagnostic(name, e, limits), sourceMap);
            return failedWith(sourceMap, misspeltRatherThanMissing(found, e, sourceMap));
        } catch (IOException e) {
            return failed(name, "PPM-IO-UNREADABLE", SourceLocation.of(name, ""), String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            // The YAML scanner reports some limits (code points, nesting) as its own runtime errors.
            return failedWith(sourceMap, ReadErrors.toDiagnostic(name, e, limits));
        }
    }

    /**
     * Binding replays recorded tokens, which have no positions; the source map places a finding at
     * its key (or, for a missing field, at the start of its object) by its JSON pointer.
     */
    private static Diagnostic located(Diagnostic d, SourceMap map) {
        if (d.location().hasLine()) {
            return d;
        }
        SourceLocation at = map.locate(d.location().pointer());
        return at.hasLine() ? d.withLocation(at) : d;
    }

    /**
     * Jackson reports a missing required field before an unknown one; when the object has a key
     * that is a near miss for the missing field, the misspelling is the real problem.
     */
    private static Diagnostic misspeltRatherThanMissing(Diagnostic d, JacksonException e, SourceMap map) {
        if (!d.rule().equals("PPM-IO-MISSING-FIELD")
                || !(e instanceof MismatchedInputException m) || m.getTargetType() == null
                || !m.getTargetType().isRecord()) {
            return d;
        }
        Set<String> known = Arrays.stream(m.getTargetType().getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.toSet());
        String pointer = d.location().pointer();
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        String missing = pointer.substring(pointer.lastIndexOf('/') + 1);
        List<String> present = map.keysOf(parent);
        return Suggestions.closest(missing, present.stream().filter(k -> !known.contains(k)).toList())
                .map(typo -> new Diagnostic("PPM-IO-UNKNOWN-FIELD", Severity.ERROR,
                        Messages.of("PPM-IO-UNKNOWN-FIELD", typo), Messages.of("PPM-IO-UNKNOWN-FIELD.suggest", missing),
                        map.locate(parent + "/" + Pointers.escape(typo)), List.of()))
                .orElse(d);
    }

    private byte[] readBounded(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            // One byte over the limit is enough to know the file is too large.
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
        }
    }

    private Parsed<T> failed(String name, String rule, SourceLocation at, Object... args) {
        return failedWith(SourceMap.none(name), diagnostic(rule, at, null, args));
    }

    private Parsed<T> failedWith(SourceMap map, Diagnostic diagnostic) {
        return new Parsed<>(null, Report.of(diagnostic), map);
    }

    /** An error diagnostic from the catalogue, with the catalogue's help unless {@code hint} names another key. */
    static Diagnostic diagnostic(String rule, SourceLocation at, String hint, Object... args) {
        return new Diagnostic(rule, Severity.ERROR, Messages.of(rule, args),
                hint == null ? Messages.help(rule, args) : Messages.of(hint, args), at, List.of());
    }
}
