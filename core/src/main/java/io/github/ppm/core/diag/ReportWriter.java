package io.github.ppm.core.diag;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a {@link Report} for people, as JSON, or as SARIF 2.1.0, in Chinese or English.
 *
 * @param format the output format
 * @param lang   {@code zh} or {@code en}
 * @param tool       the tool name and version written into JSON and SARIF
 * @param rules      descriptions of rules by id, written into SARIF's rule list; ppm's own
 *                   diagnostics are described from the message catalogue
 * @param sourceRoot the absolute folder relative file names are relative to (SARIF's
 *                   {@code %SRCROOT%}), or {@code null} when the report should not name it
 */
public record ReportWriter(ReportFormat format, String lang, String tool, String toolVersion,
        Map<String, RuleDescription> rules, Path sourceRoot) {
    /** The base id SARIF artifact locations are relative to. */
    static final String SOURCE_ROOT = "%SRCROOT%";

    public ReportWriter {
        rules = rules == null ? Map.of() : Map.copyOf(rules);
        if (sourceRoot != null && !sourceRoot.isAbsolute()) {
            throw new IllegalArgumentException("source root must be absolute: " + sourceRoot);
        }
    }

    public ReportWriter(ReportFormat format, String lang, String tool, String toolVersion) {
        this(format, lang, tool, toolVersion, Map.of(), null);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEX = "0123456789ABCDEF";
    private static final ObjectWriter PRETTY = JSON.writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    public static ReportWriter of(ReportFormat format, String lang) {
        return new ReportWriter(format, lang, "ppm", ReportWriter.class.getPackage().getImplementationVersion() == null
                ? "dev" : ReportWriter.class.getPackage().getImplementationVersion());
    }

    public ReportWriter withLang(String newLang) {
        return new ReportWriter(format, newLang, tool, toolVersion, rules, sourceRoot);
    }

    /** This writer describing the given rules in SARIF output. */
    public ReportWriter withRules(Map<String, RuleDescription> newRules) {
        return new ReportWriter(format, lang, tool, toolVersion, newRules, sourceRoot);
    }

    /** This writer naming {@code root} as SARIF's {@code %SRCROOT%} (a command line: its working folder). */
    public ReportWriter withSourceRoot(Path root) {
        return new ReportWriter(format, lang, tool, toolVersion, rules, root.toAbsolutePath().normalize());
    }

    /** The whole report as text, ending with a newline. */
    public String write(Report report) {
        return switch (format) {
            case HUMAN -> human(report);
            case JSON -> pretty(json(report));
            case SARIF -> pretty(sarif(report));
        };
    }

    private String human(Report report) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : report.diagnostics()) {
            line(out, d.location().display() + ": " + d.severity().label() + " [" + d.rule() + "] "
                    + d.message().in(lang));
            if (d.help() != null) {
                line(out, "  = help: " + d.help().in(lang));
            }
            for (SourceLocation related : d.related()) {
                line(out, "  = see: " + related.display());
            }
        }
        out.append(summary(report)).append('\n');
        return out.toString();
    }

    /** One line of human output; what it quotes from the policy or the file system is made terminal-safe. */
    private static void line(StringBuilder out, String text) {
        out.append(TerminalText.escape(text)).append('\n');
    }

    /** The one-line count of findings, e.g. {@code 0 error(s), 1 warning(s), 2 info}, in this writer's language. */
    public String summary(Report report) {
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        long infos = report.count(Severity.INFO);
        if ("zh".equals(lang)) {
            return errors + " 个错误，" + warnings + " 个警告，" + infos + " 条提示";
        }
        return errors + " error(s), " + warnings + " warning(s), " + infos + " info";
    }

    private ObjectNode json(Report report) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode counts = root.putObject("counts");
        for (Severity s : Severity.values()) {
            counts.put(s.label(), report.count(s));
        }
        ArrayNode items = root.putArray("diagnostics");
        for (Diagnostic d : report.diagnostics()) {
            ObjectNode item = items.addObject();
            item.put("rule", d.rule());
            item.put("severity", d.severity().label());
            item.put("message", d.message().in(lang));
            if (d.help() != null) {
                item.put("help", d.help().in(lang));
            }
            item.set("location", location(d.location()));
            ArrayNode related = item.putArray("related");
            d.related().forEach(r -> related.add(location(r)));
        }
        return root;
    }

    private ObjectNode location(SourceLocation l) {
        ObjectNode node = JSON.createObjectNode();
        node.put("file", l.file());
        node.put("pointer", l.pointer());
        if (l.hasLine()) {
            node.put("line", l.line());
            node.put("column", l.column());
        }
        return node;
    }

    private ObjectNode sarif(Report report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode base = run.putObject("originalUriBaseIds").putObject(SOURCE_ROOT);
        if (sourceRoot != null) {
            // SARIF resolves against it as a folder; a path's URI ends with / only if the folder exists.
            String uri = sourceRoot.toUri().toASCIIString();
            base.put("uri", uri.endsWith("/") ? uri : uri + "/");
        } else {
            base.putObject("description").put("text", "the folder ppm was run in");
        }
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", tool);
        driver.put("version", toolVersion);
        driver.put("informationUri", "https://github.com/ppm-project/ppm");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ArrayNode rules = driver.putArray("rules");
        ArrayNode results = run.putArray("results");
        for (Diagnostic d : report.diagnostics()) {
            Integer index = ruleIndex.get(d.rule());
            if (index == null) {
                index = ruleIndex.size();
                ruleIndex.put(d.rule(), index);
                ObjectNode rule = rules.addObject();
                rule.put("id", d.rule());
                RuleDescription description = this.rules.containsKey(d.rule()) ? this.rules.get(d.rule())
                        : RuleDescription.ofCatalogue(d.rule());
                if (description != null) {
                    rule.putObject("shortDescription").put("text", description.title().in(lang));
                    if (description.description() != null) {
                        rule.putObject("fullDescription").put("text", description.description().in(lang));
                    }
                    ObjectNode help = rule.putObject("help").put("text", description.help().in(lang));
                    if (description.helpMarkdown() != null) {
                        help.put("markdown", description.helpMarkdown());
                    }
                }
                rule.putObject("defaultConfiguration").put("level", level(d.severity()));
                if (description != null && !description.tags().isEmpty()) {
                    ArrayNode tags = rule.putObject("properties").putArray("tags");
                    description.tags().forEach(tags::add);
                }
            }
            ObjectNode result = results.addObject();
            result.put("ruleId", d.rule());
            result.put("ruleIndex", index);
            result.put("level", level(d.severity()));
            String text = d.message().in(lang) + (d.help() == null ? "" : "\n" + d.help().in(lang));
            result.putObject("message").put("text", text);
            result.putArray("locations").add(sarifLocation(d.location()));
            if (!d.related().isEmpty()) {
                ArrayNode related = result.putArray("relatedLocations");
                for (int i = 0; i < d.related().size(); i++) {
                    related.add(sarifLocation(d.related().get(i)).put("id", i));
                }
            }
        }
        return root;
    }

    private ObjectNode sarifLocation(SourceLocation l) {
        ObjectNode location = JSON.createObjectNode();
        ObjectNode physical = location.putObject("physicalLocation");
        physical.set("artifactLocation", artifactLocation(l.file()));
        if (l.hasLine()) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", l.line());
            region.put("startColumn", Math.max(1, l.column()));
        }
        if (!l.pointer().isEmpty()) {
            location.putArray("logicalLocations").addObject()
                    .put("fullyQualifiedName", l.pointer()).put("kind", "member");
        }
        return location;
    }

    /**
     * A file as SARIF wants it: a URI reference (RFC 3986, each segment percent-encoded as UTF-8),
     * relative to {@code %SRCROOT%} when the file is inside it, else an absolute {@code file:} URI.
     */
    private ObjectNode artifactLocation(String file) {
        ObjectNode location = JSON.createObjectNode();
        String name = file.replace('\\', '/');
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            return location.put("uri", encodePath(name)).put("uriBaseId", SOURCE_ROOT);
        }
        if (sourceRoot != null) {
            Path absolute = sourceRoot.resolve(path).normalize();
            if (!absolute.startsWith(sourceRoot)) {
                return location.put("uri", absolute.toUri().toASCIIString());
            }
            name = sourceRoot.relativize(absolute).toString().replace('\\', '/');
        } else if (path.isAbsolute()) {
            return location.put("uri", path.toUri().toASCIIString());
        }
        return location.put("uri", encodePath(name)).put("uriBaseId", SOURCE_ROOT);
    }

    /** Percent-encodes what RFC 3986 does not allow in a path segment; {@code /} stays a separator. */
    static String encodePath(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~!$&'()*+,;=@/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return out.toString();
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String pretty(ObjectNode node) {
        try {
            return PRETTY.writeValueAsString(node) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }
}
