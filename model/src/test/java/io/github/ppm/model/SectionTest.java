package io.github.ppm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sections cite any numbering a policy prints, and sort in the policy's reading order, not by code point. */
class SectionTest {
    private static final String DIGITS = "一二三四五六七八九";
    /** Siblings of every kind, in order, as a top level, a second level and a third level print them. */
    private static final List<String> TOPS = List.of("前言", "第一部分", "第2部分", "第一章", "第二章", "第10章",
            "第一节", "第一条", "第2条", "第十条", "一", "二", "十一", "1", "2", "10",
            "附录", "附录一", "附录2", "附录C", "附件", "附件1");
    private static final List<String> PARTS = List.of("第一节", "第2节", "第一条", "第十条", "(一)", "（二）", "(十)",
            "1", "2", "10", "(1)", "（2）", "1)", "2）", "10)", "①", "②", "⑩", "⑳", "a", "b", "Z");
    private static final List<String> ITEMS = List.of("1", "(1)", "1)", "①", "②", "a", "(a)", "（b）", "a)", "b)");

    @ParameterizedTest
    @ValueSource(strings = {"前言", "前言.1", "一", "二十一", "一.(五).5", "三.(一).2.2.1", "三.（一）.2", "(一)",
        "2.1.3", "1.(1)", "1.（2）", "3.1)", "3.1）", "二.①", "二.⑳", "a", "B", "1.a", "1.(a)", "1.a)", "1.（B）",
        "第一条", "第12条", "第三章.第一节.第五条", "第一部分", "第2节", "第三条.（二）", "第三条.（二）.1",
        "附录", "附录一", "附录A", "附录1.2", "附件", "附件1", "附件十二", "五.附录二.(3)", "十十", "一.01"})
    void everyPrintedShapeIsAccepted(String value) {
        assertEquals(value, new Section(value).value(), "kept exactly as written");
        assertTrue(Section.SHAPE.matcher(value).matches(), "the schema's pattern accepts `" + value + "`");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "§3", "section 1", "1.", ".1", "1..2", "一.前言", "前言前言", "第一章第二条", "第章", "第一款",
        "(一", "一)", "((1))", "(①)", "ab", "a1", "㉑", "Ⅰ", "1、", "一、", " 一", "一 ", "1.2.", "附录.", "附录AB",
        "附则", "〔一〕", "一,1", "1.2.3\n", "１"})
    void otherTextIsRefusedWithTheShapesThatAreAccepted(String value) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new Section(value));
        assertEquals(InvalidValueException.Problem.SECTION_SHAPE, e.problem());
        assertEquals(value, e.value());
        assertEquals("`" + value + "` is not a section reference: cite the numbering the policy prints, segments"
                + " joined by `.`: 一 / (一) / 1 / (1) / 1) / ① / a / 第一条 / 附录一, e.g. `一.(五).5`, `2.1.3`,"
                + " `第三条.（二）`, `附录一.1`, or `前言`", e.getMessage());
        assertFalse(Section.SHAPE.matcher(value).matches(), "the schema's pattern refuses `" + value + "`");
    }

    @Test
    void theOnePatternAcceptsExactlyWhatTheParserReads() {
        // Random text over the grammar's own characters and a few near misses: both agree on every one.
        String alphabet = "一二十前言第部分章节条附录件0129()（）)aZ①⑳.§ 、";
        Random random = new Random(14);
        int accepted = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = 1 + random.nextInt(7); k > 0; k--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String value = s.toString();
            boolean parsed = parses(value);
            assertEquals(parsed, Section.SHAPE.matcher(value).matches(), () -> "`" + value + "`");
            accepted += parsed ? 1 : 0;
        }
        assertTrue(accepted > 1_000, "accepted " + accepted + " of the random values: the test reaches the grammar");
    }

    @Test
    void siblingsOfDifferentKindsFollowTheKindOrder() {
        assertEquals(sections("前言", "第一部分", "第一章", "第一节", "第一条", "一", "(一)", "1", "(1)", "1)", "①",
                        "a", "(a)", "a)", "附录", "附件"),
                sorted(sections("a)", "附件", "①", "第一条", "(a)", "一", "1)", "前言", "附录", "(1)", "第一节", "a",
                        "1", "第一章", "(一)", "第一部分")));
    }

    @Test
    void theSameNumberWrittenTwoWaysIsTheSamePlaceAndTheTextBreaksTheTie() {
        assertEquals(sections("一.(一)", "一.（一）", "一.(一).1", "一.（一）.1", "一.(二)"),
                sorted(sections("一.(二)", "一.（一）.1", "一.(一)", "一.(一).1", "一.（一）")));
        assertEquals(sections("第1条", "第一条", "第2条", "第三条"), sorted(sections("第三条", "第2条", "第1条", "第一条")));
        assertEquals(sections("1.A", "1.a", "1.b"), sorted(sections("1.b", "1.a", "1.A")));
        assertNotEquals(0, new Section("(一)").compareTo(new Section("（一）")));
        assertNotEquals(new Section("(一)"), new Section("（一）"));
    }

    @Test
    void topAndWithinFollowThePath() {
        assertEquals("第三条", new Section("第三条.（二）.1").top());
        assertEquals("附录一", new Section("附录一").top());
        assertTrue(new Section("第三条.（二）.1").isWithin(new Section("第三条.（二）")));
        assertTrue(new Section("2.1.3").isWithin(new Section("2")));
        assertTrue(new Section("2.1.3").isWithin(new Section("2.1.3")));
        assertFalse(new Section("2.10").isWithin(new Section("2.1")), "a prefix of the text is not a parent");
        assertFalse(new Section("二.(三).2").isWithin(new Section("三.(一)")));
    }

    @Test
    void mixedNumberingsSortInReadingOrderAndTheOrderIsTotal() {
        List<Section> expected = mixed();
        assertTrue(expected.size() >= 300, "generated: " + expected.size());
        assertOrderedAndTotal(expected);
    }

    @Test
    void topSectionsFollowThePolicy() {
        assertEquals(sections("前言", "一", "二", "三", "四", "五", "十"),
                sorted(sections("一", "三", "二", "五", "前言", "十", "四")));
        assertEquals(sections("九", "十", "十一", "十九", "二十", "二十一", "九十九"),
                sorted(sections("二十一", "九十九", "十一", "二十", "十", "十九", "九")));
    }

    @Test
    void aSectionComesBeforeThePartsInsideIt() {
        assertEquals(sections("一", "一.(一)", "一.(一).1", "一.(一).2", "一.(一).10", "一.(二)", "一.(十)", "二"),
                sorted(sections("一.(十)", "二", "一.(一).10", "一.(二)", "一.(一).2", "一", "一.(一).1", "一.(一)")));
        assertEquals(sections("三.(一).2", "三.(一).2.1", "三.(一).2.2", "三.(一).2.2.1", "三.(一).2.10", "三.(一).3"),
                sorted(sections("三.(一).2.10", "三.(一).2.2.1", "三.(一).3", "三.(一).2", "三.(一).2.2", "三.(一).2.1")));
    }

    @Test
    void numeralsWrittenUnusuallyStillSortAndNeverEqualAnother() {
        // 一十 is ten like 十; the text breaks the tie. A numeral not written the usual way goes last.
        assertEquals(sections("九", "一十", "十", "十一", "九十九", "二二", "十十"),
                sorted(sections("十十", "十", "二二", "九十九", "一十", "十一", "九")));
        assertEquals(sections("一.01", "一.1", "一.2", "一.99999999999999999999", "一.100000000000000000000"),
                sorted(sections("一.100000000000000000000", "一.2", "一.99999999999999999999", "一.1", "一.01")),
                "digits are compared as numbers of any length");
    }

    @Test
    void sortingShuffledSectionsGivesThePolicyOrderAndTheOrderIsTotal() {
        List<Section> expected = generated();
        assertTrue(expected.size() >= 200, "generated: " + expected.size());
        assertOrderedAndTotal(expected);
    }

    /** Shuffled, {@code expected} sorts back; every pair compares as its positions do, so the order is total. */
    private static void assertOrderedAndTotal(List<Section> expected) {
        List<Section> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(13));
        assertEquals(expected, sorted(shuffled));
        // Antisymmetric, transitive and consistent with equals, all at once.
        for (int i = 0; i < expected.size(); i++) {
            for (int j = 0; j < expected.size(); j++) {
                Section a = expected.get(i);
                Section b = expected.get(j);
                assertEquals(Integer.signum(Integer.compare(i, j)), Integer.signum(a.compareTo(b)), () -> a + " against " + b);
                assertEquals(i == j, a.equals(b));
            }
        }
    }

    /**
     * Every kind at every level, in reading order: each of {@link #TOPS}, with {@link #PARTS} inside
     * some of them and {@link #ITEMS} inside some of those, as a policy's sub-lists restart.
     */
    private static List<Section> mixed() {
        List<String> values = new ArrayList<>();
        for (String top : TOPS) {
            values.add(top);
            if (!List.of("前言", "第一章", "二", "1", "附录一").contains(top)) {
                continue;
            }
            for (String part : PARTS) {
                values.add(top + "." + part);
                if (List.of("(一)", "2", "⑳", "a").contains(part)) {
                    ITEMS.forEach(item -> values.add(top + "." + part + "." + item));
                }
            }
        }
        return values.stream().map(Section::new).toList();
    }

    private static boolean parses(String value) {
        try {
            return new Section(value).value().equals(value);
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /** Sections in the expected order, built in that order: tops with bracketed parts and numbered items. */
    private static List<Section> generated() {
        List<String> values = new ArrayList<>(List.of("前言"));
        for (int top : new int[] {1, 2, 3, 9, 10, 11, 12, 19, 20, 21, 99}) {
            String t = numeral(top);
            values.add(t);
            if (top == 1 || top == 2 || top == 10 || top == 11 || top == 21) {
                for (int part = 1; part <= 11; part++) {
                    String p = t + ".(" + numeral(part) + ")";
                    values.add(p);
                    for (int item : new int[] {1, 2, 10}) {
                        values.add(p + "." + item);
                        if (item == 2) {
                            values.add(p + ".2.1");
                            values.add(p + ".2.10");
                        }
                    }
                }
                values.add(t + ".1");
                values.add(t + ".12");
            }
        }
        return values.stream().map(Section::new).toList();
    }

    private static String numeral(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n - 1));
        }
        String tens = n < 20 ? "十" : DIGITS.charAt(n / 10 - 1) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10 - 1);
    }

    private static List<Section> sections(String... values) {
        return Stream.of(values).map(Section::new).toList();
    }

    private static List<Section> sorted(List<Section> sections) {
        List<Section> copy = new ArrayList<>(sections);
        Collections.sort(copy);
        return copy;
    }
}
