package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of the original policy a fact comes from, cited in the numbering the policy prints:
 * segments joined by {@code .}, each one of a closed set of kinds — {@code 一}, {@code (一)},
 * {@code 1}, {@code (1)}, {@code 1)}, {@code ①}, {@code a}, {@code (a)}, {@code a)},
 * {@code 第一条} (also 部分, 章, 节), {@code 附录一} (also 附件) — or {@code 前言} for the text before the
 * first section: {@code 一.(五).5}, {@code 2.1.3}, {@code 第三条.（二）}, {@code 附录一.1}. The value is
 * kept exactly as written; {@code docs/sections.md} is the grammar and the order.
 */
@JsonClassDescription("The part of the original policy a fact comes from (出处), in the numbering the policy prints, segments joined by '.': 一 / (一) / 1 / (1) / 1) / ① / a / (a) / a) / 第一条 (章, 节, 部分) / 附录一 (附件), e.g. 一.(五).5, 2.1.3, 第三条.（二）, 附录一.1, or 前言 for the text before the first section.")
public record Section(@JsonValue String value) implements Comparable<Section> {
    /** The description of every {@code source} field: one wording for the one meaning. */
    static final String AS_SOURCE = "The section of the original policy that states this.";

    private static final String CHINESE_NUMERAL = "[一二三四五六七八九十]+";
    private static final String ARABIC_NUMERAL = "[0-9]+";
    private static final String LATIN_LETTER = "[A-Za-z]";
    private static final String CIRCLED_NUMERAL = "[①-⑳]";
    private static final String OPENING = "[(（]";
    private static final String CLOSING = "[)）]";

    private static final String NUMBER = CHINESE_NUMERAL + "|" + ARABIC_NUMERAL;
    private static final String NUMBER_OR_LETTER = NUMBER + "|" + LATIN_LETTER;
    /** Any segment but {@code 前言}: the kinds below, written compactly. */
    private static final String SEGMENT = "第(" + NUMBER + ")(部分|章|节|条)|" + NUMBER_OR_LETTER + "|" + CIRCLED_NUMERAL
            + "|" + OPENING + "(" + NUMBER_OR_LETTER + ")" + CLOSING + "|(" + ARABIC_NUMERAL + "|" + LATIN_LETTER + ")"
            + CLOSING + "|附[录件](" + NUMBER_OR_LETTER + ")?";

    /**
     * The grammar as one regular expression, for the JSON Schema and the SHACL shapes, in the subset of
     * syntax Java, ECMA-262 and XPath regexes share. It accepts exactly what the parser reads (SectionTest).
     */
    static final Pattern SHAPE = Pattern.compile("(前言|" + SEGMENT + ")(\\.(" + SEGMENT + "))*");

    @JsonCreator
    public Section {
        Checks.required(value, "source");
        segments(value);
    }

    /** The top-level section, e.g. {@code 一} for {@code 一.(五).5}. */
    public String top() {
        int dot = value.indexOf('.');
        return dot < 0 ? value : value.substring(0, dot);
    }

    /** True when this section is {@code other} or lies inside it: {@code other}'s segments are its first ones. */
    public boolean isWithin(Section other) {
        return value.equals(other.value) || value.startsWith(other.value + ".");
    }

    /**
     * The policy's reading order, segment by segment: a section comes before the parts inside it
     * ({@code 一 < 一.(一) < 一.(一).1 < 一.(二)}); siblings compare by kind ({@code 前言} first, then
     * 第…部分, 第…章, 第…节, 第…条, {@code 一}, {@code (一)}, {@code 1}, {@code (1)}, {@code 1)}, {@code ①},
     * {@code a}, {@code (a)}, {@code a)}, 附录, 附件), then by number ({@code 十 < 十一}, {@code 2 < 10},
     * {@code b < c}). Values that differ only in how they write the same numbers ({@code (一)} and
     * {@code （一）}, {@code 01} and {@code 1}) compare by their text, so distinct values never compare equal.
     */
    @Override
    public int compareTo(Section other) {
        List<Segment> mine = segments(value);
        List<Segment> theirs = segments(other.value);
        for (int i = 0; i < mine.size() && i < theirs.size(); i++) {
            int c = mine.get(i).compareTo(theirs.get(i));
            if (c != 0) {
                return c;
            }
        }
        // The enclosing section, with no segments left, comes first.
        int c = Integer.compare(mine.size(), theirs.size());
        return c != 0 ? c : value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** The typed segments of {@code value}, or the exception that teaches the grammar. */
    private static List<Segment> segments(String value) {
        String[] parts = value.split("\\.", -1);
        List<Segment> segments = new ArrayList<>(parts.length);
        for (String part : parts) {
            Segment segment = Segment.parse(part, segments.isEmpty());
            if (segment == null) {
                throw new InvalidValueException(InvalidValueException.Problem.SECTION_SHAPE, "source", value,
                        "`" + value + "` is not a section reference: cite the numbering the policy prints,"
                        + " segments joined by `.`: 一 / (一) / 1 / (1) / 1) / ① / a / 第一条 / 附录一,"
                        + " e.g. `一.(五).5`, `2.1.3`, `第三条.（二）`, `附录一.1`, or `前言`");
            }
            segments.add(segment);
        }
        return segments;
    }

    /**
     * The kinds of segment, in the order siblings of different kinds are read. Each is its text before
     * the number, the number, and its text after; full-width brackets count as ASCII ones.
     */
    private enum Kind {
        PREFACE("前言", "", ""),
        PART("第", NUMBER, "部分"),
        CHAPTER("第", NUMBER, "章"),
        SECTION("第", NUMBER, "节"),
        ARTICLE("第", NUMBER, "条"),
        CHINESE("", CHINESE_NUMERAL, ""),
        CHINESE_BRACKETED(OPENING, CHINESE_NUMERAL, CLOSING),
        ARABIC("", ARABIC_NUMERAL, ""),
        ARABIC_BRACKETED(OPENING, ARABIC_NUMERAL, CLOSING),
        ARABIC_CLOSED("", ARABIC_NUMERAL, CLOSING),
        CIRCLED("", CIRCLED_NUMERAL, ""),
        LETTER("", LATIN_LETTER, ""),
        LETTER_BRACKETED(OPENING, LATIN_LETTER, CLOSING),
        LETTER_CLOSED("", LATIN_LETTER, CLOSING),
        APPENDIX("附录", "(" + NUMBER_OR_LETTER + ")?", ""),
        ATTACHMENT("附件", "(" + NUMBER_OR_LETTER + ")?", "");

        /** The segment, its number (or nothing) as group 1. */
        final Pattern pattern;

        Kind(String before, String number, String after) {
            this.pattern = Pattern.compile(before + "(" + number + ")" + after);
        }
    }

    /**
     * One segment as the order sees it: its kind and number. A Chinese numeral not written the usual
     * way (e.g. {@code 二二}) has no number; it comes after every usual one, by its text.
     */
    private record Segment(Kind kind, BigInteger number, String unusual) implements Comparable<Segment> {
        private static final String DIGITS = "一二三四五六七八九";

        /** The segment {@code text} is, or null when it is none (前言 only as the {@code first}). */
        static Segment parse(String text, boolean first) {
            for (Kind kind : Kind.values()) {
                Matcher m = kind.pattern.matcher(text);
                if (m.matches() && (first || kind != Kind.PREFACE)) {
                    return of(kind, m.group(1));
                }
            }
            return null;
        }

        private static Segment of(Kind kind, String number) {
            if (number.isEmpty()) {
                return new Segment(kind, BigInteger.ZERO, "");
            }
            char c = number.charAt(0);
            if (c >= '0' && c <= '9') {
                return new Segment(kind, new BigInteger(number), "");
            }
            if (c >= '①' && c <= '⑳') {
                return new Segment(kind, BigInteger.valueOf(c - '①' + 1), "");
            }
            if (c < 0x80) {
                return new Segment(kind, BigInteger.valueOf(Character.toLowerCase(c) - 'a' + 1), "");
            }
            int n = numeral(number);
            return n < 0 ? new Segment(kind, BigInteger.ZERO, number) : new Segment(kind, BigInteger.valueOf(n), "");
        }

        @Override
        public int compareTo(Segment other) {
            int c = kind.compareTo(other.kind);
            if (c == 0) {
                c = Boolean.compare(!unusual.isEmpty(), !other.unusual.isEmpty());
            }
            if (c == 0) {
                c = unusual.compareTo(other.unusual);
            }
            return c != 0 ? c : number.compareTo(other.number);
        }

        /** {@code 一}–{@code 九}, {@code 十}, {@code 十一}–{@code 十九}, {@code 二十}–{@code 九十九}; else -1. */
        private static int numeral(String text) {
            int ten = text.indexOf('十');
            if (ten < 0) {
                return text.length() == 1 ? DIGITS.indexOf(text.charAt(0)) + 1 : -1;
            }
            if (ten != text.lastIndexOf('十') || ten > 1 || text.length() > ten + 2) {
                return -1;
            }
            int tens = ten == 0 ? 1 : DIGITS.indexOf(text.charAt(0)) + 1;
            int units = ten == text.length() - 1 ? 0 : DIGITS.indexOf(text.charAt(ten + 1)) + 1;
            return tens * 10 + units;
        }
    }
}
