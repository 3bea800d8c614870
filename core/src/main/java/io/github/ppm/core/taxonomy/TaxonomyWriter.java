package io.github.ppm.core.taxonomy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ppm.core.diag.Messages;
import io.github.ppm.core.diag.TerminalText;
import io.github.ppm.model.Text;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes taxonomy entries for people or as JSON, field names and sensitivity bases in Chinese or
 * English (labels always in both); every form ends with a newline.
 *
 * @param taxonomy the taxonomy the entries come from, for the sensitivity they inherit
 * @param json     true for JSON, false for the human form
 * @param lang     {@code zh} or {@code en}
 */
public record TaxonomyWriter(Taxonomy taxonomy, boolean json, String lang) {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter PRETTY = MAPPER.writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    public TaxonomyWriter {
        Objects.requireNonNull(taxonomy, "taxonomy");
        Objects.requireNonNull(lang, "lang");
    }

    /** One line per entry, grouped by vocabulary; {@code under} (or null) keeps a key and its descendants. */
    public String list(List<Vocabulary> vocabularies, String under) {
        StringBuilder out = new StringBuilder();
        ArrayNode array = MAPPER.createArrayNode();
        int count = 0;
        for (Vocabulary vocabulary : vocabularies) {
            List<TaxonomyEntry> entries = under == null ? List.copyOf(vocabulary.entries())
                    : vocabulary.descendantsOrSelf(under).stream().map(k -> vocabulary.get(k).orElseThrow()).toList();
            if (entries.isEmpty()) {
                continue;
            }
            line(out, vocabulary.name() + " (" + entries.size() + ")");
            for (TaxonomyEntry entry : entries) {
                String mark = sensitivity(vocabulary.name(), entry).isPresent()
                        ? "  [" + Messages.of("taxonomy.field.sensitive").in(lang) + "]" : "";
                line(out, String.format("  %-44s %s%s", entry.key(), both(entry.label()), mark));
                array.add(entryJson(vocabulary.name(), entry));
            }
            line(out, "");
            count += entries.size();
        }
        if (json) {
            ObjectNode root = MAPPER.createObjectNode();
            root.set("entries", array);
            return pretty(root);
        }
        line(out, Messages.of("taxonomy.listed", count).in(lang));
        return out.toString();
    }

    /** Every detail of the entries with this key (keys are unique within a vocabulary, not across them). */
    public String show(List<SearchHit> byKey) {
        return hits(null, byKey, 0);
    }

    /** The first {@code limit} results of a search for {@code term}, best first, each with what it matched. */
    public String search(String term, List<SearchHit> hits, int limit) {
        return hits(term, hits.subList(0, Math.min(limit, hits.size())), hits.size());
    }

    /** The entries of {@code hits}; for a search ({@code term} not null) with what matched, of {@code found} in all. */
    private String hits(String term, List<SearchHit> hits, int found) {
        boolean withMatch = term != null;
        if (json) {
            ObjectNode root = MAPPER.createObjectNode();
            if (term != null) {
                root.put("term", term);
                root.put("normalised", TaxonomySearch.normalise(term));
                root.put("found", found);
            }
            ArrayNode array = root.putArray(withMatch ? "results" : "entries");
            for (SearchHit hit : hits) {
                ObjectNode node = entryJson(hit.taxonomy(), hit.entry());
                if (withMatch) {
                    ObjectNode match = node.putObject("match");
                    match.put("kind", hit.match().name().toLowerCase(Locale.ROOT));
                    match.put("field", hit.field().name().toLowerCase(Locale.ROOT));
                    match.put("name", hit.matched());
                }
                array.add(node);
            }
            return pretty(root);
        }
        StringBuilder out = new StringBuilder();
        for (SearchHit hit : hits) {
            TaxonomyEntry entry = hit.entry();
            if (out.length() > 0) {
                line(out, "");
            }
            line(out, entry.key() + "  (" + hit.taxonomy() + ")");
            field(out, "label", both(entry.label()));
            if (withMatch) {
                field(out, "matched", Messages.of("taxonomy.matched", Messages.of("taxonomy.field." + hit.field()),
                        hit.matched(), Messages.of("taxonomy.match." + hit.match())).in(lang));
            }
            if (!entry.aliases().isEmpty()) {
                field(out, "aliases", String.join(", ", entry.aliases()));
            }
            field(out, "dpv", entry.dpv() == null ? Messages.of("taxonomy.dpv.none").in(lang)
                    : entry.dpv() + " (" + Messages.of("taxonomy.dpv." + entry.dpvMatch()).in(lang) + ")");
            if (hit.taxonomy().equals(taxonomy.categories().name())) {
                field(out, "sensitive", sensitivityText(hit.taxonomy(), entry));
            }
            list(out, "android", entry.android());
            list(out, "ios", entry.ios());
            list(out, "reaches", entry.reaches());
        }
        if (term != null) {
            line(out, "");
            line(out, Messages.of("taxonomy.found", hits.size(), found, term).in(lang));
        }
        return out.toString();
    }

    private String sensitivityText(String vocabulary, TaxonomyEntry entry) {
        return sensitivity(vocabulary, entry).map(source -> {
            String basis = source.sensitiveBasis() == null ? "" : ": " + source.sensitiveBasis().in(lang);
            return source == entry ? Messages.of("taxonomy.sensitive.yes").in(lang) + basis
                    : Messages.of("taxonomy.sensitive.inherited", source.key()).in(lang) + basis;
        }).orElse(Messages.of("taxonomy.sensitive.no").in(lang));
    }

    /** The entry itself, or its nearest sensitive ancestor, when it is sensitive data. */
    private Optional<TaxonomyEntry> sensitivity(String vocabulary, TaxonomyEntry entry) {
        if (!vocabulary.equals(taxonomy.categories().name())) {
            return Optional.empty();
        }
        return taxonomy.categories().sensitivity(entry.key());
    }

    private ObjectNode entryJson(String vocabulary, TaxonomyEntry entry) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("taxonomy", vocabulary);
        node.put("key", entry.key());
        node.put("parent", entry.parent());
        node.putObject("label").put("zh", entry.label().zh()).put("en", entry.label().en());
        strings(node, "aliases", entry.aliases());
        node.put("dpv", entry.dpv());
        node.put("dpvMatch", entry.dpvMatch() == null ? null : entry.dpvMatch().name().toLowerCase(Locale.ROOT));
        if (vocabulary.equals(taxonomy.categories().name())) {
            Optional<TaxonomyEntry> source = sensitivity(vocabulary, entry);
            node.put("sensitive", source.isPresent());
            source.ifPresent(s -> node.put("sensitiveAs", s.key()));
            source.map(TaxonomyEntry::sensitiveBasis).ifPresent(basis ->
                    node.putObject("sensitiveBasis").put("zh", basis.zh()).put("en", basis.en()));
        }
        if (vocabulary.equals(taxonomy.permissions().name())) {
            strings(node, "android", entry.android());
            strings(node, "ios", entry.ios());
            strings(node, "reaches", entry.reaches());
        }
        return node;
    }

    private static void strings(ObjectNode node, String name, List<String> values) {
        ArrayNode array = node.putArray(name);
        values.forEach(array::add);
    }

    private void field(StringBuilder out, String name, String value) {
        line(out, "  " + padded(Messages.of("taxonomy.field." + name).in(lang) + ":", 10) + " " + value);
    }

    /** {@code text} padded to {@code columns} terminal columns; a Chinese character takes two. */
    private static String padded(String text, int columns) {
        int width = text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS ? 2 : 1).sum();
        return text + " ".repeat(Math.max(0, columns - width));
    }

    private void list(StringBuilder out, String name, List<String> values) {
        if (!values.isEmpty()) {
            field(out, name, String.join(", ", values));
        }
    }

    private static String both(Text label) {
        return label.zh() + " / " + label.en();
    }

    /** One line of human output, terminal-safe: a policy's own labels and the search term come from outside. */
    private static void line(StringBuilder out, String text) {
        out.append(TerminalText.escape(text)).append('\n');
    }

    private static String pretty(ObjectNode root) {
        try {
            return PRETTY.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
