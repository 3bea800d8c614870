package io.github.ppm.core.inventory;

import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.diag.Messages;
import io.github.ppm.core.diag.Report;
import io.github.ppm.core.diag.Severity;
import io.github.ppm.core.diag.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the artifacts of an Android app from the output of {@code ./gradlew app:dependencies} (the tree
 * lines) or from a plain list of coordinates, one a line. Headers, legends and {@code project :x} lines are
 * skipped; each artifact is kept once, at its first line, with the version Gradle resolved ({@code -> v}).
 * A Gradle version catalog ({@code libs.versions.toml}) is read for its {@code [libraries]} instead.
 */
public final class GradleDependencies {
    private static final Pattern TREE = Pattern.compile("^[\\s+\\\\|`-]*");
    private static final Pattern COORDINATE = Pattern.compile(
            "^['\"]?([A-Za-z0-9_.\\-]+):([A-Za-z0-9_.\\-]+)(?::([^\\s:'\"@]+))?(?:@[a-z]+)?['\"]?$");
    private static final Pattern RESOLVED = Pattern.compile("->\\s*([^\\s(]+)");

    private GradleDependencies() {
    }

    /** The artifacts in {@code text}, which came from the file {@code name}. */
    public static DependencyScan parse(String name, String text) {
        Map<String, Coordinate> found = new LinkedHashMap<>();
        List<Diagnostic> findings = new ArrayList<>();
        if (VersionCatalog.isCatalog(name, text)) {
            for (Coordinate c : VersionCatalog.read(name, text, findings)) {
                found.putIfAbsent(c.group() + ":" + c.artifact(), c);
            }
            return scan(name, found, findings);
        }
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = TREE.matcher(lines[i]).replaceFirst("");
            if (line.isEmpty() || line.startsWith("project ") || line.startsWith("#") || line.startsWith("//")) {
                continue;
            }
            String token = line.split("\\s+", 2)[0];
            Matcher m = COORDINATE.matcher(token);
            if (!m.matches() || !m.group(1).contains(".") && !isPlainList(line)) {
                continue;
            }
            String version = m.group(3) == null ? "" : m.group(3);
            Matcher resolved = RESOLVED.matcher(line);
            if (resolved.find()) {
                version = resolved.group(1);
            }
            if (version.startsWith("{")) {
                version = "";
            }
            String key = m.group(1) + ":" + m.group(2);
            found.putIfAbsent(key, new Coordinate(m.group(1), m.group(2), version, i + 1));
        }
        return scan(name, found, findings);
    }

    private static DependencyScan scan(String name, Map<String, Coordinate> found, List<Diagnostic> findings) {
        if (found.isEmpty()) {
            findings.add(new Diagnostic("PPM-INV-DEPS-EMPTY", Severity.WARNING, Messages.of("PPM-INV-DEPS-EMPTY", name),
                    Messages.help("PPM-INV-DEPS-EMPTY"), SourceLocation.of(name, ""), List.of()));
        }
        return new DependencyScan(name, List.copyOf(found.values()), new Report(findings));
    }

    /** A line that is nothing but a coordinate may have a group without a dot (rare, but valid). */
    private static boolean isPlainList(String line) {
        return !line.contains(" ");
    }

    /**
     * The artifacts of one dependency list.
     *
     * @param file        the file they came from
     * @param coordinates each artifact once, in order of first appearance
     * @param report      what was wrong with the file, if anything
     */
    public record DependencyScan(String file, List<Coordinate> coordinates, Report report) {
        public DependencyScan {
            coordinates = List.copyOf(coordinates);
        }
    }
}
