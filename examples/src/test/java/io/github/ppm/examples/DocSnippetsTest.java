package io.github.ppm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.guard.Decision;
import io.github.ppm.core.guard.Outcome;
import io.github.ppm.examples.snippets.Snippets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java snippet of README.md and docs/ is a region of {@link Snippets}, which the build compiles
 * and this test runs: a page's {@code ```java} block must follow a {@code <!-- snippet: NAME ... -->}
 * marker and equal those regions word for word. With {@code -Dppm.updateGolden=true} the pages are
 * rewritten from the regions, for review in the diff.
 */
class DocSnippetsTest {
    private static final Path SOURCE = Path.of("src/main/java/io/github/ppm/examples/snippets/Snippets.java");
    private static final Pattern BLOCK = Pattern.compile("(<!-- snippet: ([^>]+?) -->\\n)?```java\\n(.*?)```",
            Pattern.DOTALL);
    private static final Pattern REGION = Pattern.compile("// snippet: (\\S+)\\n(.*?)\\n\\s*// end snippet",
            Pattern.DOTALL);

    private static Map<String, String> regions() throws IOException {
        Map<String, String> result = new LinkedHashMap<>();
        Matcher m = REGION.matcher(Files.readString(SOURCE, StandardCharsets.UTF_8));
        while (m.find()) {
            result.put(m.group(1), dedent(m.group(2)));
        }
        return result;
    }

    private static String dedent(String text) {
        List<String> lines = text.lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return out.toString();
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("../README.md")));
        try (Stream<Path> docs = Files.list(Path.of("../docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    @Test
    void everyJavaSnippetOnEveryPageIsCompiledCode() throws IOException {
        Map<String, String> regions = regions();
        assertTrue(regions.size() >= 6, regions.keySet().toString());
        boolean update = Boolean.getBoolean("ppm.updateGolden");
        int snippets = 0;
        for (Path page : pages()) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            Matcher m = BLOCK.matcher(text);
            StringBuilder rewritten = new StringBuilder();
            while (m.find()) {
                String at = page.getFileName() + " at offset " + m.start();
                assertTrue(m.group(1) != null, at + ": a Java block without a <!-- snippet: NAME --> marker");
                StringBuilder expected = new StringBuilder();
                for (String name : m.group(2).trim().split("\\s+")) {
                    assertTrue(regions.containsKey(name), at + ": no region `" + name + "` in " + SOURCE);
                    expected.append(expected.length() == 0 ? "" : "\n").append(regions.get(name));
                }
                if (!update) {
                    assertEquals(expected.toString(), m.group(3), at + " differs from " + SOURCE
                            + " (run with -Dppm.updateGolden=true to rewrite the page)");
                }
                m.appendReplacement(rewritten, Matcher.quoteReplacement(m.group(1) + "```java\n" + expected + "```"));
                snippets++;
            }
            m.appendTail(rewritten);
            if (update && !rewritten.toString().equals(text)) {
                Files.writeString(page, rewritten.toString(), StandardCharsets.UTF_8);
            }
        }
        assertTrue(snippets >= 5, "snippets found: " + snippets);
    }

    @Test
    void theSnippetsRunOnTheFlagship(@TempDir Path dir) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Snippets.readme(Flagship.FILE, out);
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("Baidu location SDK <- "), bytes.toString());
        assertEquals(0, Snippets.boundary(Flagship.FILE, out));
        assertTrue(Snippets.disclosure(Flagship.FILE, out).contains("<table"));
        List<String> registered = new ArrayList<>();
        List<String> logged = new ArrayList<>();
        Decision d = Snippets.guard(Flagship.FILE, registered::add, (format, args) -> logged.add(format), "device-1");
        assertEquals(Outcome.ALLOWED_AS_DECLARED, d.outcome());
        assertEquals(List.of("device-1"), registered);
        assertEquals(1, logged.size());
        assertEquals(7, Snippets.query(Flagship.FILE, dir.resolve("store")).size());
        assertEquals("device.identifier", Snippets.taxonomy("设备识别码").entry().key());
    }

    @Test
    void theBoundarySnippetRefusesAnInvalidPolicy(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, Files.readString(Flagship.FILE, StandardCharsets.UTF_8)
                .replaceFirst("provider: baidu-netcom", "provider: ghost"), StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(3, Snippets.boundary(broken, new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertFalse(err.toString(StandardCharsets.UTF_8).isEmpty());
    }
}
