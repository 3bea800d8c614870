package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
        List<Segment> mine = segments();
        List<Segment> theirs = other.segments();
        for (int i = 0; i < Math.min(mine.size(), theirs.size()); i++) {
            int c = mine.get(i).compareTo(theirs.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(mine.size(), theirs.size());
    }

    private List<Segment> segments() {
        return Arrays.stream(value.split("\\.")).map(Segment::of).toList();
    }

    /** The kinds of segment, in the order a policy puts them: 前言, 一, (一), 1. */
    private enum Kind {
        PREFACE, TOP, BRACKETED, NUMBERED
    }

    /**
     * One dot-separated part of a section reference.
     *
     * @param number its value: a Chinese numeral read as a number, or digits; for a numeral that is not
     *               written the usual way (e.g. {@code 二二}), {@code null}, which sorts after every number
     */
    private record Segment(Kind kind, BigInteger number, String text) implements Comparable<Segment> {
        private static final Comparator<Segment> ORDER = Comparator.comparing(Segment::kind)
                .thenComparing(Segment::number, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Segment::text);
        private static final String DIGITS = "一二三四五六七八九";

        static Segment of(String text) {
            if (text.equals("前言")) {
                return new Segment(Kind.PREFACE, BigInteger.ZERO, text);
            }
            if (text.startsWith("(")) {
                return new Segment(Kind.BRACKETED, numeral(text.substring(1, text.length() - 1)), text);
            }
            if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return new Segment(Kind.NUMBERED, new BigInteger(text), text);
            }
            return new Segment(Kind.TOP, numeral(text), text);
        }

        /** {@code 一}–{@code 九}, {@code 十}, {@code 十一}–{@code 十九}, {@code 二十}–{@code 九十九}; else {@code null}. */
        private static BigInteger numeral(String text) {
            int ten = text.indexOf('十');
            if (ten < 0) {
                return text.length() == 1 ? BigInteger.valueOf(DIGITS.indexOf(text.charAt(0)) + 1) : null;
            }
            if (ten != text.lastIndexOf('十') || ten > 1 || text.length() > ten + 2) {
                return null;
            }
            int tens = ten == 0 ? 1 : DIGITS.indexOf(text.charAt(0)) + 1;
            int units = ten == text.length() - 1 ? 0 : DIGITS.indexOf(text.charAt(ten + 1)) + 1;
            return BigInteger.valueOf(tens * 10L + units);
        }

        @Override
        public int compareTo(Segment other) {
            return ORDER.compare(this, other);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
