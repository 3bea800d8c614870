package io.github.ppm.core.diag;

import io.github.ppm.model.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The bilingual message catalogue, keyed by rule id ({@code PPM-IO-SYNTAX}) and
 * {@code PPM-IO-SYNTAX.help}. Each package that reports findings keeps its own
 * {@code messages_zh.properties} and {@code messages_en.properties} and is listed in
 * {@link #CATALOGUES}. Placeholders are {@code {0}}, {@code {1}}, ...; no other character is special.
 */
public final class Messages {
    /** The packages whose catalogues are loaded, as resource folders. */
    static final List<String> CATALOGUES = List.of(
            "/io/github/ppm/core/diag/",
            "/io/github/ppm/core/disclosure/",
            "/io/github/ppm/core/lint/",
            "/io/github/ppm/core/rdf/",
            "/io/github/ppm/core/guard/",
            "/io/github/ppm/core/inventory/",
            "/io/github/ppm/core/diff/",
            "/io/github/ppm/core/taxonomy/");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[0-9]+}");
    private static final Properties ZH = load("zh");
    private static final Properties EN = load("en");

    private Messages() {
    }

    /**
     * The message for {@code key} in both languages, with the arguments filled in. An argument that
     * is itself a {@link Text} is filled in in the matching language.
     */
    public static Text of(String key, Object... args) {
        return new Text(format(lookup(ZH, key, "zh"), "zh", args), format(lookup(EN, key, "en"), "en", args));
    }

    /** The help text for {@code key}, or {@code null} when the catalogue has none. */
    public static Text help(String key, Object... args) {
        String helpKey = key + ".help";
        if (!EN.containsKey(helpKey)) {
            return null;
        }
        return of(helpKey, args);
    }

    /** Whether the catalogue has {@code key}. */
    public static boolean has(String key) {
        return EN.containsKey(key);
    }

    /**
     * The message for {@code key} with each placeholder written {@code …}: what the message says
     * of any value, for a rule's description.
     */
    public static Text template(String key) {
        return new Text(PLACEHOLDER.matcher(lookup(ZH, key, "zh")).replaceAll("…"),
                PLACEHOLDER.matcher(lookup(EN, key, "en")).replaceAll("…"));
    }

    /** Every key of a language's catalogue ({@code zh} or {@code en}), for completeness tests. */
    public static Set<String> keys(String lang) {
        return new TreeSet<>(("zh".equals(lang) ? ZH : EN).stringPropertyNames());
    }

    private static String lookup(Properties bundle, String key, String lang) {
        String value = bundle.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("no " + lang + " message for " + key);
        }
        return value;
    }

    static String format(String pattern, String lang, Object... args) {
        String result = pattern;
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i] instanceof Text text ? text.in(lang) : args[i];
            result = result.replace("{" + i + "}", String.valueOf(arg));
        }
        return result;
    }

    private static Properties load(String lang) {
        Properties all = new Properties();
        for (String folder : CATALOGUES) {
            String name = folder + "messages_" + lang + ".properties";
            try (InputStream in = Messages.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing message catalogue " + name);
                }
                Properties one = new Properties();
                one.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String key : one.stringPropertyNames()) {
                    if (all.setProperty(key, one.getProperty(key)) != null) {
                        throw new IllegalStateException("message key " + key + " is defined twice (" + name + ")");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }
}
