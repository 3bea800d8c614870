package io.github.ppm.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ppm.core.diag.SourceLocation;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the line and column of a JSON pointer in the document a value was read from. Built on
 * first use by one streaming pass over the bytes, so reading a valid file costs nothing extra.
 */
public final class SourceMap {
    private final String file;
    private final byte[] content;
    private final Format format;
    private Map<String, int[]> positions;

    SourceMap(String file, byte[] content, Format format) {
        this.file = file;
        this.content = content;
        this.format = format;
    }

    /** A map for a value that has no source document (built in code). */
    public static SourceMap none(String name) {
        return new SourceMap(name, null, null);
    }

    public String file() {
        return file;
    }

    /**
     * The location of {@code pointer}; for a pointer the document lacks (a defaulted field), the
     * location of its nearest ancestor that it has.
     */
    public synchronized SourceLocation locate(String pointer) {
        if (content == null) {
            return SourceLocation.of(file, pointer);
        }
        if (positions == null) {
            positions = index();
        }
        String probe = pointer;
        while (true) {
            int[] position = positions.get(probe);
            if (position != null) {
                return new SourceLocation(file, pointer, position[0], position[1]);
            }
            if (probe.isEmpty()) {
                return SourceLocation.of(file, pointer);
            }
            probe = probe.substring(0, probe.lastIndexOf('/'));
        }
    }

    /** The keys of the object at {@code pointer}, as the document has them. */
    public synchronized java.util.List<String> keysOf(String pointer) {
        if (content == null) {
            return java.util.List.of();
        }
        if (positions == null) {
            positions = index();
        }
        String prefix = pointer + "/";
        return positions.keySet().stream()
                .filter(p -> p.startsWith(prefix) && p.indexOf('/', prefix.length()) < 0)
                .map(p -> p.substring(prefix.length()).replace("~1", "/").replace("~0", "~"))
                .sorted()
                .toList();
    }

    private Map<String, int[]> index() {
        Map<String, int[]> result = new HashMap<>();
        ObjectMapper mapper = Mappers.reader(format, ReadLimits.DEFAULT.withMaxBytes(Math.max(1, content.length)));
        try (JsonParser parser = mapper.createParser(content)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                // A field name's location is the key; an array element's is the element itself.
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                JsonLocation at = parser.currentTokenLocation();
                result.putIfAbsent(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
            }
        } catch (IOException | RuntimeException e) {
            // The document was read once already; a failure here only loses line numbers.
        }
        return result;
    }
}
