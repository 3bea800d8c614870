package io.github.ppm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Sections sort in the policy's reading order, not by code point. */
class SectionTest {
    private static final String DIGITS = "一二三四五六七八九";

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
        List<Section> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(13));
        assertEquals(expected, sorted(shuffled));
        // Every pair compares as its positions do: antisymmetric, transitive and consistent with equals.
        for (int i = 0; i < expected.size(); i++) {
            for (int j = 0; j < expected.size(); j++) {
                Section a = expected.get(i);
                Section b = expected.get(j);
                assertEquals(Integer.signum(Integer.compare(i, j)), Integer.signum(a.compareTo(b)), () -> a + " against " + b);
                assertEquals(i == j, a.equals(b));
            }
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
