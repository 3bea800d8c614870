package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * The part of the original policy a fact comes from, in the policy's own numbering:
 * {@code 一.(五).5}, {@code 三.(一).2.2.1}, or {@code 前言} for the text before section 一.
 */
@JsonClassDescription("The part of the original policy a fact comes from (出处), in the policy's own numbering: 一.(五).5, 三.(一).2.2.1, or 前言 for the text before section 一.")
public record Section(@JsonValue String value) implements Comparable<Section> {
    /** The description of every {@code source} field: one wording for the one meaning. */
    static final String AS_SOURCE = "The section of the original policy that states this.";

    private static final Pattern SHAPE = Pattern.compile(
            "前言|[一二三四五六七八九十]+(\\.\\([一二三四五六七八九十]+\\))?(\\.\\d+)*");

    @JsonCreator
    public Section {
        Checks.required(value, "source");
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException(InvalidValueException.Problem.SECTION_SHAPE, "source", value,
                    "`" + value + "` is not a section reference:"
                    + " expected the policy's numbering, e.g. `一.(五).5` or `三.(一).2.2.1`, or `前言`");
        }
    }

    /** The top-level section, e.g. {@code 一} for {@code 一.(五).5}. */
    public String top() {
        int dot = value.indexOf('.');
        return dot < 0 ? value : value.substring(0, dot);
    }

    /** True when this section is {@code other} or lies inside it. */
    public boolean isWithin(Section other) {
        return value.equals(other.value) || value.startsWith(other.value + ".");
    }

    /**
     * The policy's reading order: {@code 前言} first, then {@code 一 < 二 < … < 十 < 十一}, within a section
     * {@code (一) < (二) < … < (十)}, then {@code 1 < 2 < 10}; a section comes before the parts inside it
     * ({@code 一 < 一.(一) < 一.(一).1 < 一.(二)}). Compared segment by segment, each segment by its kind,
     * then its number, then its text, so distinct values never compare equal.
     */
    @Override
    public int compareTo(Section other) {
        int i = 0;
        int j = 0;
        while (i < value.length() && j < other.value.length()) {
            int ei = end(value, i);
            int ej = end(other.value, j);
            int c = Segment.of(value.substring(i, ei)).compareTo(Segment.of(other.value.substring(j, ej)));
            if (c != 0) {
                return c;
            }
            i = ei + 1;
            j = ej + 1;
        }
        // One is the other's prefix, segment for segment: the enclosing section, with none left, comes first.
        return Boolean.compare(i < value.length(), j < other.value.length());
    }

    private static int end(String value, int from) {
        int dot = value.indexOf('.', from);
        return dot < 0 ? value.length() : dot;
    }

    /** The kinds of segment, in the order a policy puts them: 前言, 一, (一), 1. */
    private enum Kind {
        PREFACE, TOP, BRACKETED, NUMBERED
    }

    /** One dot-separated part of a section reference, compared by kind, then number, then text. */
    private record Segment(Kind kind, String text) implements Comparable<Segment> {
        private static final String DIGITS = "一二三四五六七八九";
        /** The number of a numeral not written the usual way (e.g. {@code 二二}): after every other. */
        private static final int UNUSUAL = Integer.MAX_VALUE;

        static Segment of(String text) {
            if (text.equals("前言")) {
                return new Segment(Kind.PREFACE, text);
            }
            if (text.startsWith("(")) {
                return new Segment(Kind.BRACKETED, text);
            }
            if (text.charAt(0) >= '0' && text.charAt(0) <= '9') { // the shape has only digits after one
                return new Segment(Kind.NUMBERED, text);
            }
            return new Segment(Kind.TOP, text);
        }

        @Override
        public int compareTo(Segment other) {
            int c = kind.compareTo(other.kind);
            if (c == 0) {
                c = switch (kind) {
                    case PREFACE -> 0;
                    case TOP -> Integer.compare(numeral(text), numeral(other.text));
                    case BRACKETED -> Integer.compare(numeral(text.substring(1, text.length() - 1)),
                            numeral(other.text.substring(1, other.text.length() - 1)));
                    case NUMBERED -> compareDigits(text, other.text);
                };
            }
            return c != 0 ? c : text.compareTo(other.text);
        }

        /** {@code 一}–{@code 九}, {@code 十}, {@code 十一}–{@code 十九}, {@code 二十}–{@code 九十九}; else {@link #UNUSUAL}. */
        private static int numeral(String text) {
            int ten = text.indexOf('十');
            if (ten < 0) {
                return text.length() == 1 ? DIGITS.indexOf(text.charAt(0)) + 1 : UNUSUAL;
            }
            if (ten != text.lastIndexOf('十') || ten > 1 || text.length() > ten + 2) {
                return UNUSUAL;
            }
            int tens = ten == 0 ? 1 : DIGITS.indexOf(text.charAt(0)) + 1;
            int units = ten == text.length() - 1 ? 0 : DIGITS.indexOf(text.charAt(ten + 1)) + 1;
            return tens * 10 + units;
        }

        /** Digit strings as numbers of any length: leading zeros dropped, then the longer is larger. */
        private static int compareDigits(String a, String b) {
            int i = leadingZeros(a);
            int j = leadingZeros(b);
            if (a.length() - i != b.length() - j) {
                return Integer.compare(a.length() - i, b.length() - j);
            }
            for (; i < a.length(); i++, j++) {
                if (a.charAt(i) != b.charAt(j)) {
                    return Character.compare(a.charAt(i), b.charAt(j));
                }
            }
            return 0;
        }

        private static int leadingZeros(String digits) {
            int i = 0;
            while (i < digits.length() - 1 && digits.charAt(i) == '0') {
                i++;
            }
            return i;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
