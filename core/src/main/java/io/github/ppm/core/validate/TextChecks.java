package io.github.ppm.core.validate;

import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.diag.Messages;
import io.github.ppm.core.diag.Severity;
import io.github.ppm.core.io.SourceMap;
import io.github.ppm.core.walk.ModelWalker;
import io.github.ppm.model.Policy;
import java.util.List;
import java.util.Locale;

/**
 * Refuses characters that XML 1.0 cannot carry, in every string of a policy. RDF/XML, HTML and
 * the SHACL report are XML; a policy that validates must export to all of them, so the check is
 * here and not in each writer. The reader lets such characters through: JSON and YAML escapes
 * can spell them.
 */
final class TextChecks {
    static final String RULE = "PPM-CHAR-UNWRITABLE";

    private TextChecks() {
    }

    static void check(Policy policy, SourceMap map, List<Diagnostic> out) {
        ModelWalker.walk(policy, (pointer, value) -> {
            if (value instanceof String text) {
                int at = firstUnwritable(text);
                if (at >= 0) {
                    String field = pointer.substring(pointer.lastIndexOf('/') + 1);
                    out.add(new Diagnostic(RULE, Severity.ERROR,
                            Messages.of(RULE, field, codePointName(text.codePointAt(at)),
                                    text.codePointCount(0, at) + 1),
                            Messages.help(RULE), map.locate(pointer), List.of()));
                }
            }
        });
    }

    /**
     * The index of the first char of {@code text} that XML 1.0 cannot carry (its {@code Char}
     * production: tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD, and the
     * supplementary planes as proper surrogate pairs), or -1 when there is none.
     */
    static int firstUnwritable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }

    /** {@code U+001B}; a lone surrogate is named as the char it is. */
    private static String codePointName(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }
}
