package io.github.ppm.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.ppm.core.diag.SourceLocation;
import java.io.IOException;
import java.util.Arrays;

/**
 * The one parsing pass: walks every token, checking syntax, duplicate keys and every limit at its
 * own line, and records the tokens so that binding replays them instead of parsing again.
 */
final class TokenScan {
    private TokenScan() {
    }

    /**
     * A document's tokens and, for token {@code i}, its line and column at {@code positions[2i]}
     * and {@code positions[2i + 1]}.
     */
    record Scanned(TokenBuffer tokens, int[] positions) {
    }

    /**
     * The document's tokens, or {@code null} for a document with no content; throws {@link Refused}
     * or Jackson's exceptions for bad input.
     */
    static Scanned scan(ObjectMapper mapper, byte[] content, ReadLimits limits) throws IOException {
        try (JsonParser parser = mapper.createParser(content)) {
            YAMLParser yaml = parser instanceof YAMLParser y ? y : null;
            TokenBuffer tokens = null;
            int[] positions = new int[256];
            int count = 0;
            int depth = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (tokens == null) {
                    // Not TokenBuffer(parser, ...): that would make the parser's root context the
                    // replay's parent, and every replayed path would start with its last field name.
                    tokens = new TokenBuffer(mapper, false);
                } else if (depth == 0) {
                    throw new Refused("PPM-IO-SYNTAX", parser, "more than one document in the file");
                }
                if (yaml != null && (yaml.isCurrentAlias() || yaml.getObjectId() != null)) {
                    throw new Refused("PPM-IO-ALIAS", parser);
                }
                switch (token) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > limits.maxDepth()) {
                            throw new Refused("PPM-IO-TOO-DEEP", parser, limits.maxDepth());
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    case VALUE_NULL -> {
                        // The schema has no null anywhere; an absent field is left out. (A null list
                        // entry is left to binding, which names the list.)
                        if (parser.getParsingContext().inObject()) {
                            throw new Refused("PPM-IO-NULL", parser, parser.currentName());
                        }
                    }
                    case VALUE_STRING, FIELD_NAME -> {
                        if (parser.getTextLength() > limits.maxStringLength()) {
                            throw new Refused("PPM-IO-STRING-TOO-LONG", parser, limits.maxStringLength());
                        }
                    }
                    default -> {
                    }
                }
                tokens.copyCurrentEvent(parser);
                if (2 * count + 2 > positions.length) {
                    positions = Arrays.copyOf(positions, positions.length * 2);
                }
                JsonLocation at = parser.currentTokenLocation();
                positions[2 * count] = at.getLineNr();
                positions[2 * count + 1] = at.getColumnNr();
                count++;
            }
            return tokens == null ? null : new Scanned(tokens, positions);
        }
    }

    /** Input refused by a limit the parser does not enforce itself. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String rule;
        private final String pointer;
        private final int line;
        private final int column;
        private final transient Object[] args;

        Refused(String rule, JsonParser parser, Object... args) {
            super(rule, null, false, false);
            this.rule = rule;
            this.pointer = parser.getParsingContext().pathAsPointer().toString();
            JsonLocation at = parser.currentTokenLocation();
            this.line = Math.max(0, at.getLineNr());
            this.column = Math.max(0, at.getColumnNr());
            this.args = args;
        }

        String rule() {
            return rule;
        }

        Object[] args() {
            return args;
        }

        SourceLocation at(String file) {
            return new SourceLocation(file, pointer, line, column);
        }
    }
}
