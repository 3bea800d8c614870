package io.github.ppm.core.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ppm.core.diag.Messages;
import io.github.ppm.core.diag.TerminalText;
import io.github.ppm.model.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link PolicyDiff} for people, as JSON, or as Markdown (for a change request or a legal review),
 * in Chinese or English; every form ends with a newline.
 *
 * @param format how to write
 * @param lang   {@code zh} or {@code en}
 */
public record DiffWriter(Format format, String lang) {
    /** The forms a diff can be written in. */
    public enum Format {
        HUMAN, JSON, MD
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter PRETTY = MAPPER.writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
    private static final int MAX_VALUE = 160;

    public String write(PolicyDiff diff) {
        return switch (format) {
            case HUMAN -> human(diff);
            case JSON -> json(diff);
            case MD -> markdown(diff);
        };
    }

    private String human(PolicyDiff diff) {
        StringBuilder out = new StringBuilder();
        for (Change c : diff.changes()) {
            line(out, symbol(c) + " " + c.collection() + (c.id().isEmpty() ? "" : "/" + c.id()) + "  " + c.path()
                    + (c.section() == null ? "" : "  (" + c.section() + ")"));
            if (c.material()) {
                for (Criterion criterion : c.criteria()) {
                    line(out, "    " + msg("diff.material") + ": " + criterion(criterion));
                }
                if (c.note() != null) {
                    out.append("    ").append(msg("diff.material")).append(": ").append(msg("diff.unclassified"))
                            .append('\n');
                }
            } else {
                line(out, "    " + msg("diff.not-material." + c.note()));
            }
            for (FieldChange f : c.fields()) {
                line(out, "    " + f.path() + ": " + value(f.before()) + " -> " + value(f.after()));
            }
        }
        line(out, verdict(diff));
        return out.toString();
    }

    /** One line of human output, terminal-safe: the values it quotes come from the two policies. */
    private static void line(StringBuilder out, String text) {
        out.append(TerminalText.escape(text)).append('\n');
    }

    private String markdown(PolicyDiff diff) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(msg("diff.title", diff.oldId(), diff.newId())).append("\n\n");
        out.append("**").append(verdict(diff)).append("**\n\n");
        out.append("| | ").append(msg("diff.col.object")).append(" | ").append(msg("diff.col.path")).append(" | ")
                .append(msg("diff.col.section")).append(" | ").append(msg("diff.col.verdict")).append(" |\n");
        out.append("|---|---|---|---|---|\n");
        for (Change c : diff.changes()) {
            String verdict = c.material()
                    ? "**" + msg("diff.material") + "**: " + String.join("; ", reasons(c))
                    : msg("diff.not-material." + c.note());
            out.append("| ").append(symbol(c)).append(" | ").append(cell(c.collection()
                    + (c.id().isEmpty() ? "" : "/" + c.id()) + (c.label() == null ? "" : " — " + c.label().in(lang))))
                    .append(" | `").append(c.path()).append("` | ")
                    .append(c.section() == null ? "" : c.section().value()).append(" | ").append(cell(verdict))
                    .append(" |\n");
        }
        return out.toString();
    }

    private String json(PolicyDiff diff) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("old", diff.oldId());
        root.put("new", diff.newId());
        root.put("material", diff.material());
        root.put("reconsentRequired", diff.material());
        if (diff.reconsentPromise() != null) {
            root.put("reconsentPromise", diff.reconsentPromise().value());
        }
        ArrayNode kinds = root.putArray("kinds");
        diff.kinds().forEach(k -> kinds.add(k.name()));
        ArrayNode changes = root.putArray("changes");
        for (Change c : diff.changes()) {
            ObjectNode node = changes.addObject();
            node.put("kind", c.kind().name());
            node.put("collection", c.collection());
            node.put("id", c.id());
            node.put("oldPath", c.oldPath());
            node.put("newPath", c.newPath());
            node.put("section", c.section() == null ? null : c.section().value());
            if (c.label() != null) {
                node.put("label", c.label().in(lang));
            }
            node.put("material", c.material());
            if (c.note() != null) {
                node.put("note", c.note());
            }
            ArrayNode criteria = node.putArray("criteria");
            for (Criterion criterion : c.criteria()) {
                ObjectNode cn = criteria.addObject();
                cn.put("kind", criterion.kind().name());
                cn.put("statute", criterion.statute());
                if (criterion.policy() != null) {
                    cn.put("policySection", criterion.policy().source().value());
                    cn.put("policyCriterion", criterion.policy().label().in(lang));
                }
            }
            ArrayNode fields = node.putArray("fields");
            for (FieldChange f : c.fields()) {
                ObjectNode fn = fields.addObject();
                fn.put("path", f.path());
                fn.set("before", f.before());
                fn.set("after", f.after());
            }
        }
        try {
            return PRETTY.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    private String verdict(PolicyDiff diff) {
        if (!diff.material()) {
            return msg("diff.verdict.none", diff.changes().size());
        }
        List<String> names = new ArrayList<>(diff.kinds().stream().map(k -> msg("diff.kind." + k)).toList());
        if (diff.changes().stream().anyMatch(c -> c.material() && c.note() != null)) {
            names.add(msg("diff.kind.unclassified"));
        }
        String kinds = String.join(", ", names);
        return msg("diff.verdict.material", diff.materialChanges().size(), kinds);
    }

    /** Why a material change is material: its criteria, and an unclassified component when one changed. */
    private List<String> reasons(Change c) {
        List<String> reasons = new ArrayList<>(c.criteria().stream().map(this::criterion).toList());
        if (c.note() != null) {
            reasons.add(msg("diff.unclassified"));
        }
        return reasons;
    }

    private String criterion(Criterion c) {
        String own = c.policy() == null ? msg("diff.not-in-policy")
                : msg("diff.policy-criterion", c.policy().source().value(), c.policy().label());
        return msg("diff.kind." + c.kind()) + " — " + c.statute() + "; " + own;
    }

    private static String symbol(Change c) {
        return switch (c.kind()) {
            case ADDED -> "+";
            case REMOVED -> "-";
            case CHANGED -> "~";
        };
    }

    private static String value(JsonNode node) {
        if (node == null) {
            return "(absent)";
        }
        String text = node.toString();
        return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE) + "…" : text;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private String msg(String key, Object... args) {
        Text text = Messages.of(key, args);
        return text.in(lang);
    }
}
