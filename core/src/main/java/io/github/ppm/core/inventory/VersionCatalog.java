package io.github.ppm.core.inventory;

import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.diag.Messages;
import io.github.ppm.core.diag.Severity;
import io.github.ppm.core.diag.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code [libraries]} of a Gradle version catalog ({@code gradle/libs.versions.toml}):
 * the small part of TOML a catalog uses, one entry a line. An entry is {@code "group:name:version"},
 * or an inline table with {@code module = "group:name"} or {@code group} and {@code name}, and a
 * {@code version} that is a string, {@code version.ref} naming an entry of {@code [versions]}, or a
 * rich version ({@code { strictly | require | prefer = "..." }}). Other tables are skipped.
 */
final class VersionCatalog {
    private static final Pattern TABLE = Pattern.compile("^\\[\\s*([A-Za-z0-9_.-]+)\\s*]$");
    private static final Pattern ENTRY = Pattern.compile("^([A-Za-z0-9_.-]+|\"[^\"]*\")\\s*=\\s*(.+)$");
    private static final Pattern STRING = Pattern.compile("^\"([^\"]*)\"$|^'([^']*)'$");
    private static final List<String> RICH = List.of("strictly", "require", "prefer");

    private VersionCatalog() {
    }

    /** Whether {@code name} and {@code text} look like a version catalog rather than a dependency list. */
    static boolean isCatalog(String name, String text) {
        return name.endsWith(".toml") || text.lines().anyMatch(l -> TABLE.matcher(l.strip()).matches()
                && l.strip().equals("[libraries]"));
    }

    /** The libraries of the catalog {@code text}; findings for entries it cannot read. */
    static List<Coordinate> read(String name, String text, List<Diagnostic> findings) {
        Map<String, String> versions = new HashMap<>();
        Map<String, Map<String, String>> libraries = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        String table = "";
        String[] all = text.split("\\R", -1);
        for (int i = 0; i < all.length; i++) {
            String line = stripComment(all[i]).strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher header = TABLE.matcher(line);
            if (header.matches()) {
                table = header.group(1);
                continue;
            }
            Matcher entry = ENTRY.matcher(line);
            if (!entry.matches() || !table.equals("versions") && !table.equals("libraries")) {
                continue;
            }
            String key = unquote(entry.group(1));
            String value = entry.group(2).strip();
            if (table.equals("versions")) {
                String version = value.startsWith("{") ? richVersion(inlineTable(value)) : unquote(value);
                versions.put(key, version == null ? "" : version);
            } else {
                libraries.put(key, value.startsWith("{") ? inlineTable(value) : Map.of("", unquote(value)));
                lines.put(key, i + 1);
            }
        }
        List<Coordinate> found = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> library : libraries.entrySet()) {
            Coordinate coordinate = coordinate(library.getValue(), versions, lines.get(library.getKey()));
            if (coordinate == null) {
                findings.add(new Diagnostic("PPM-INV-CATALOG-ENTRY", Severity.WARNING,
                        Messages.of("PPM-INV-CATALOG-ENTRY", library.getKey()), Messages.help("PPM-INV-CATALOG-ENTRY"),
                        new SourceLocation(name, "", lines.get(library.getKey()), 1), List.of()));
            } else {
                found.add(coordinate);
            }
        }
        return found;
    }

    private static Coordinate coordinate(Map<String, String> entry, Map<String, String> versions, int line) {
        String module = entry.containsKey("") ? entry.get("") : entry.get("module");
        String group;
        String artifact;
        String version;
        if (module != null) {
            String[] parts = module.split(":");
            if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
                return null;
            }
            group = parts[0];
            artifact = parts[1];
            version = parts.length == 3 ? parts[2] : null;
        } else {
            group = entry.get("group");
            artifact = entry.get("name");
            version = null;
            if (group == null || artifact == null || group.isEmpty() || artifact.isEmpty()) {
                return null;
            }
        }
        if (version == null) {
            String ref = entry.get("version.ref");
            version = ref != null ? versions.getOrDefault(ref, "") : entry.getOrDefault("version", "");
        }
        return new Coordinate(group, artifact, version, line);
    }

    /** {@code { a = "x", b.c = "y", version = { strictly = "1" } }} as flat keys; a rich version as {@code version}. */
    private static Map<String, String> inlineTable(String text) {
        Map<String, String> result = new HashMap<>();
        String body = text.strip();
        if (!body.startsWith("{") || !body.endsWith("}")) {
            return result;
        }
        for (String pair : splitTopLevel(body.substring(1, body.length() - 1))) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String key = pair.substring(0, equals).strip().replaceAll("\\s*\\.\\s*", ".");
            String value = pair.substring(equals + 1).strip();
            result.put(key, value.startsWith("{") ? richVersion(inlineTable(value)) : unquote(value));
        }
        return result;
    }

    private static String richVersion(Map<String, String> rich) {
        for (String key : RICH) {
            if (rich.containsKey(key)) {
                return rich.get(key);
            }
        }
        return "";
    }

    /** Splits on commas outside strings and nested braces. */
    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static String stripComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#') {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static String unquote(String value) {
        Matcher m = STRING.matcher(value.strip());
        if (!m.matches()) {
            return value.strip();
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}
