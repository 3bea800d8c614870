package io.github.ppm.core.lint;

import io.github.ppm.core.io.Format;
import io.github.ppm.core.io.Parsed;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.model.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads lint fixtures and golden files for the tests. */
final class Fixtures {
    /** {@code # expect: A, B} at the end of a line. */
    static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*([A-Za-z0-9.,\\- ]+)$");

    private Fixtures() {
    }

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                return null;
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Parsed<Policy> parse(String name, String text) {
        return PolicyIO.read(name, text.getBytes(StandardCharsets.UTF_8), Format.YAML);
    }

    /** "line:ID" for every expected finding, in line order; an id given twice on a line counts twice. */
    static List<String> expectations(String text) {
        List<String> result = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = EXPECT.matcher(lines[i].strip());
            if (m.find()) {
                for (String id : m.group(1).split("[,\\s]+")) {
                    if (!id.isBlank()) {
                        result.add((i + 1) + ":" + id);
                    }
                }
            }
        }
        return result;
    }

}
