package io.github.ppm.core.diag;

import java.util.Locale;

/**
 * Makes text safe to print on a terminal. A policy's ids and texts, a file name or a command-line
 * value reach human output; raw, an {@code ESC [} sequence in them could recolour, move the cursor
 * or retitle the window, and a bidi override could show a line in another order than it is. Each
 * such character is written as a visible escape, a backslash, {@code u} and four hex digits.
 * Only human output does this: JSON and SARIF escape by their own rules.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /**
     * {@code text} with C0 controls (but tab), DEL, C1 controls, the bidi embedding, override and
     * isolate characters (U+202A–U+202E, U+2066–U+2069), the direction marks (U+200E, U+200F,
     * U+061C) and unpaired surrogates written as a backslash, {@code u} and four lower-case hex digits.
     */
    public static String escape(String text) {
        int i = 0;
        while (i < text.length() && !unsafe(text, i)) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(text, i)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean unsafe(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c != '\t';
        }
        if (c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069
                || c == 0x200E || c == 0x200F || c == 0x061C) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }
}
