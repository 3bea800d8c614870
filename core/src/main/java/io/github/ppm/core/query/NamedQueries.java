package io.github.ppm.core.query;

import io.github.ppm.model.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named SPARQL queries ppm ships: {@code named/*.rq} next to this class, listed in
 * {@code named/index.txt}. Each file opens with a comment header:
 *
 * <pre>
 * # title.en: SDKs that receive a data category
 * # title.zh: 接收某类个人信息的第三方 SDK
 * # description: Every SDK whose collected data includes the category ...
 * #   (continued on lines that start with "#" and two spaces)
 * # param category (data-category, default device.identifier): the data category asked about
 * </pre>
 *
 * <p>Every query works on a dataset with one named graph per policy ({@code GRAPH ?g}): a TDB2
 * {@link PolicyStore}, or one policy made a dataset by {@link Sparql#dataset}.
 */
public final class NamedQueries {
    private static final String FOLDER = "named/";
    private static final Pattern FIELD = Pattern.compile("#\\s*(title\\.en|title\\.zh|description):\\s*(.*)");
    private static final Pattern PARAM = Pattern.compile(
            "#\\s*param\\s+([A-Za-z][A-Za-z0-9_]*)\\s+\\(([a-z-]+),\\s*default\\s+([^)]*)\\):\\s*(.*)");
    private static final Pattern MORE = Pattern.compile("#\\s{2,}(.*)");

    private static final Map<String, NamedQuery> ALL = load();

    private NamedQueries() {
    }

    /** Every named query, in index order. */
    public static List<NamedQuery> all() {
        return List.copyOf(ALL.values());
    }

    /** The named query {@code name}, if there is one. */
    public static Optional<NamedQuery> get(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    private static Map<String, NamedQuery> load() {
        Map<String, NamedQuery> queries = new LinkedHashMap<>();
        for (String line : resource("index.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty()) {
                queries.put(name, parse(name, resource(name + ".rq")));
            }
        }
        return queries;
    }

    private static String resource(String file) {
        try (InputStream in = NamedQueries.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("named query resource missing: " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a query's header; package-private for tests that check every file's header. */
    static NamedQuery parse(String name, String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<String[]> params = new ArrayList<>();
        String last = null;
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            Matcher field = FIELD.matcher(line);
            Matcher param = PARAM.matcher(line);
            Matcher more = MORE.matcher(line);
            if (field.matches()) {
                last = field.group(1);
                fields.put(last, field.group(2).strip());
            } else if (param.matches()) {
                params.add(new String[] {param.group(1), param.group(2), param.group(3).strip(), param.group(4).strip()});
                last = "param";
            } else if (more.matches() && last != null) {
                String continued = more.group(1).strip();
                if (last.equals("param")) {
                    String[] p = params.get(params.size() - 1);
                    p[3] = p[3] + " " + continued;
                } else {
                    fields.put(last, fields.get(last) + " " + continued);
                }
            } else {
                throw new IllegalStateException("named query " + name + ": cannot read header line: " + line);
            }
        }
        for (String required : List.of("title.en", "title.zh", "description")) {
            if (!fields.containsKey(required)) {
                throw new IllegalStateException("named query " + name + ": header lacks " + required);
            }
        }
        List<NamedQuery.Parameter> parameters = params.stream().map(p -> new NamedQuery.Parameter(p[0],
                NamedQuery.Type.of(p[1]), p[2], p[3])).toList();
        return new NamedQuery(name, new Text(fields.get("title.zh"), fields.get("title.en")),
                fields.get("description"), parameters, text);
    }
}
