package io.github.ppm.core.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Human output shows control and bidi characters as escapes; JSON and SARIF keep the value. */
class TerminalTextTest {
    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x07, 0x08, 0x0A, 0x0D, 0x1B, 0x7F, 0x85, 0x9B, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
        0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C, 0xD800, 0xDC00})
    void eachUnsafeCharacterIsEscapedVisibly(int c) {
        String escaped = TerminalText.escape("a" + (char) c + "b");
        assertEquals(String.format("a\\u%04xb", c), escaped);
    }

    @Test
    void printableTextTabsAndSurrogatePairsAreKept() {
        String text = "个人信息\tcafé 😀 `x` \\u001b";
        assertEquals(text, TerminalText.escape(text));
    }

    @Test
    void humanReportsEscapeButJsonKeepsTheValue() {
        String hostile = "\u001b[2J\u001b]0;pwned\u0007\u202Egnp.exe\nx.yaml:1:1: error [FORGED]";
        Report report = Report.of(new Diagnostic("PPM-IO-UNKNOWN-FIELD", Severity.ERROR,
                Messages.of("PPM-IO-UNKNOWN-FIELD", hostile), Messages.of("PPM-IO-UNKNOWN-FIELD.suggest", hostile),
                new SourceLocation("dir\u001b[31m/p.yaml", "/x", 3, 1), List.of(SourceLocation.of("q\u009b.yaml", ""))));
        String human = ReportWriter.of(ReportFormat.HUMAN, "en").write(report);
        assertTrue(human.contains("unknown field `\\u001b[2J\\u001b]0;pwned\\u0007\\u202egnp.exe\\u000ax.yaml:1:1: error [FORGED]`"), human);
        assertTrue(human.startsWith("dir\\u001b[31m/p.yaml:3:1: "), human);
        assertTrue(human.contains("= see: q\\u009b.yaml"), human);
        assertFalse(human.chars().anyMatch(ch -> ch == 0x1B || ch == 0x07 || ch == 0x202E || ch == 0x9B), human);
        assertEquals(4, human.lines().count(), "one line per part: " + human);
        String json = ReportWriter.of(ReportFormat.JSON, "en").write(report);
        assertTrue(json.contains("\\u001B[2J"), json);
    }
}
