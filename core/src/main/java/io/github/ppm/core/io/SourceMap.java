package io.github.ppm.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.ppm.core.diag.SourceLocation;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the line and column of a JSON pointer in the document a value was read from. The reading
 * pass keeps each token's position in a plain int array; the pointer index is built only when a
 * finding asks for a location, by replaying the recorded tokens, so a clean read pays nothing and
 * a read with findings never parses the text twice.
 */
public final class SourceMap {
    /** The content was read once within its limits; re-reading it needs none (and one mapper for all). */
    private static final ReadLimits REREAD = new ReadLimits(Long.MAX_VALUE, 100_000, Integer.MAX_VALUE);
    private final String file;
    private final byte[] content;
    private final Format format;
    private final TokenBuffer tokens;
    private final int[] tokenPositions;
    private Map<String, int[]> positions;

    private SourceMap(String file, byte[] content, Format format, TokenBuffer tokens, int[] tokenPositions) {
        this.file = file;
        this.content = content;
        this.format = format;
        this.tokens = tokens;
        this.tokenPositions = tokenPositions;
    }

    /** A map for a document that could not be read completely: located by parsing it again. */
    static SourceMap ofText(String file, byte[] content, Format format) {
        return new SourceMap(file, content, format, null, null);
    }

    /** A map for a document read by {@link TokenScan}: located by replaying its tokens. */
    static SourceMap ofTokens(String file, TokenScan.Scanned scanned) {
        return new SourceMap(file, new byte[0], null, scanned.tokens(), scanned.positions());
    }

    /** A map for a value that has no source document (built in code). */
    public static SourceMap none(String name) {
        return new SourceMap(name, null, null, null, null);
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
        Map<String, int[]> index = index();
        String probe = pointer;
        while (true) {
            int[] position = index.get(probe);
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
    public synchronized List<String> keysOf(String pointer) {
        if (content == null) {
            return List.of();
        }
        String prefix = pointer + "/";
        return index().keySet().stream()
                .filter(p -> p.startsWith(prefix) && p.indexOf('/', prefix.length()) < 0)
                .map(p -> p.substring(prefix.length()).replace("~1", "/").replace("~0", "~"))
                .sorted()
                .toList();
    }

    private Map<String, int[]> index() {
        if (positions == null) {
            positions = tokens != null ? replay() : reparse();
        }
        return positions;
    }

    private Map<String, int[]> replay() {
        Map<String, int[]> result = new HashMap<>();
        try (JsonParser parser = tokens.asParser()) {
            int i = 0;
            while (parser.nextToken() != null) {
                record(result, parser, tokenPositions[2 * i], tokenPositions[2 * i + 1]);
                i++;
            }
        } catch (IOException e) {
            throw new IllegalStateException("recorded tokens cannot be replayed", e);
        }
        return result;
    }

    private Map<String, int[]> reparse() {
        Map<String, int[]> result = new HashMap<>();
        try (JsonParser parser = Mappers.reader(format, REREAD).createParser(content)) {
            while (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                record(result, parser, at.getLineNr(), at.getColumnNr());
            }
        } catch (IOException | RuntimeException e) {
            // The document is broken further on; what was read so far still places findings.
        }
        return result;
    }

    /** A field name's location is its key; an array element's is the element itself. */
    private static void record(Map<String, int[]> result, JsonParser parser, int line, int column) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
            return;
        }
        result.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(), new int[] {line, column});
    }
}
