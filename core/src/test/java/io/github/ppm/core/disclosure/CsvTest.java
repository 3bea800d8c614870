package io.github.ppm.core.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one function that decides what a spreadsheet would run as a formula. */
class CsvTest {
    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
        "＝HYPERLINK(\"http://x\")", "＋1", "－1", "＠SUM(A1)",
        " =1", "\n=1", "\r\n=1", "\t=1", "\u00A0=1", "\u3000＝1", "  \n @x",
        "\tplain", "\rplain"})
    void formulaStartsAreNeutralised(String value) {
        assertEquals("'" + value, Csv.neutralise(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "a=b", "个人信息", " plain", "\nplain", "'=already", "x@y.example", "1-2"})
    void otherTextIsLeftAlone(String value) {
        assertEquals(value, Csv.neutralise(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1", "\n=1", "＝1"})
    void aRowNeutralisesAndQuotes(String value) {
        String field = "'" + value;
        String expected = field.contains("\n") ? "\"" + field + "\"" : field;
        assertEquals("a," + expected + "\r\n", Csv.row(List.of("a", value)));
    }
}
