package io.github.ppm.core.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both message catalogues are complete, and every rule id the code uses has a message. */
class MessagesTest {
    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        assertEquals(Messages.keys("en"), Messages.keys("zh"));
    }

    @Test
    void everyRuleIdInTheSourcesHasAMessage() throws IOException {
        Pattern ruleId = Pattern.compile("\"(PPM-[A-Z]+(?:-[A-Z]+)+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = ruleId.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() > 20, "found rule ids: " + used);
        used.removeAll(Messages.keys("en"));
        assertEquals(Set.of(), used, "rule ids without a message");
    }

    @Test
    void messagesFollowTheStyle() {
        for (String key : Messages.keys("en")) {
            String message = Messages.of(key).en();
            // A legal citation keeps the law's own capitals ("PIPL Art. 13").
            if (key.endsWith(".help") || key.endsWith(".source") || key.startsWith("type.") || key.startsWith("kind.")
                    || key.startsWith("what.") || key.startsWith("taxonomy.")) {
                continue;
            }
            assertTrue(Character.isLowerCase(message.charAt(0)) || message.startsWith("`") || message.startsWith("{")
                    || Character.isUpperCase(message.charAt(0)) && message.startsWith("YAML"),
                    "starts lower case: " + key);
            assertTrue(!message.endsWith("."), "no final period: " + key);
        }
    }

    @Test
    void textArgumentsAreFilledInPerLanguage() {
        var text = Messages.of("PPM-REF-UNKNOWN", Messages.of("kind.sdk"), "x");
        assertEquals("no SDK with id `x`", text.en());
        assertEquals("不存在编号为 `x` 的SDK", text.zh());
    }
}
