package io.github.ppm.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.ppm.core.diag.SourceLocation;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
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

    /**
     * Replays the recorded tokens, building each pointer from its parent's as it goes: asking the
     * parser for every token's path rebuilt the whole path each time, which cost more than linting.
     */
    private Map<String, int[]> replay() {
        Map<String, int[]> result = new HashMap<>();
        Deque<Container> open = new ArrayDeque<>();
        try (JsonParser parser = tokens.asParser()) {
            int i = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken(), i++) {
                int[] position = {tokenPositions[2 * i], tokenPositions[2 * i + 1]};
                Container parent = open.peek();
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    open.pop();
                    continue;
                }
                String pointer;
                if (token == JsonToken.FIELD_NAME) {
                    parent.field = parent.pointer + "/" + escape(parser.currentName());
                    pointer = parent.field;
                } else if (parent == null) {
                    pointer = "";
                } else {
                    pointer = parent.array ? parent.pointer + "/" + parent.size++ : parent.field;
                }
                result.putIfAbsent(pointer, position);
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    open.push(new Container(pointer, token == JsonToken.START_ARRAY));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("recorded tokens cannot be replayed", e);
        }
        return result;
    }

    /** An object or array being replayed: its pointer, and its current field or element count. */
    private static final class Container {
        final String pointer;
        final boolean array;
        String field;
        int size;

        Container(String pointer, boolean array) {
            this.pointer = pointer;
            this.array = array;
        }
    }

    /** RFC 6901: {@code ~} and {@code /} in a key are written {@code ~0} and {@code ~1}. */
    private static String escape(String key) {
        return key.indexOf('~') < 0 && key.indexOf('/') < 0 ? key : key.replace("~", "~0").replace("/", "~1");
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
