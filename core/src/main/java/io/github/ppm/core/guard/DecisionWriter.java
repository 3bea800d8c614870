package io.github.ppm.core.guard;

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

/**
 * Writes a decision for people or as JSON, in Chinese or English; both end with a newline.
 *
 * @param json true for JSON, false for the human form
 * @param lang {@code zh} or {@code en}
 */
public record DecisionWriter(boolean json, String lang) {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter PRETTY = MAPPER.writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    /** The human form in {@code lang}. */
    public static DecisionWriter human(String lang) {
        return new DecisionWriter(false, lang);
    }

    /** The JSON form, with messages in {@code lang}. */
    public static DecisionWriter json(String lang) {
        return new DecisionWriter(true, lang);
    }

    /** The decision on {@code flow} under the policy {@code policyId}. */
    public String write(String policyId, Flow flow, Decision decision) {
        return json ? json(policyId, flow, decision) : human(flow, decision);
    }

    /** Why, in one sentence: the reason's text with its values filled in. */
    public String reason(Flow flow, Decision decision) {
        return reasonText(flow, decision).in(lang);
    }

    private String human(Flow flow, Decision decision) {
        StringBuilder out = new StringBuilder();
        line(out, Messages.of("guard.outcome." + decision.outcome()).in(lang) + " [" + decision.outcome() + "]");
        line(out, "  " + label("flow") + ": " + flowText(flow).in(lang));
        line(out, "  " + label("why") + ": " + reason(flow, decision) + " [" + decision.reason() + "]");
        if (decision.processing() != Processing.NONE) {
            line(out, "  " + label("processing") + ": "
                    + Messages.of("guard.processing." + decision.processing()).in(lang));
        }
        if (decision.exception() != null) {
            line(out, "  " + label("exception") + ": " + decision.exception().id().value() + ", "
                    + decision.exception().ground() + " (" + decision.exception().ground().citation() + "), "
                    + decision.legalBasis() + " (PIPL Art. " + decision.legalBasis().article() + ")");
        }
        if (!decision.citations().isEmpty()) {
            line(out, "  " + label("relied") + ":");
            for (Citation c : decision.citations()) {
                line(out, "    " + c.section() + "  " + c.kind() + " " + c.id() + "  " + c.label().in(lang)
                        + "  (" + c.pointer() + ")");
            }
        }
        return out.toString();
    }

    /** One line of human output, terminal-safe: the flow comes from the command line, the labels from the policy. */
    private static void line(StringBuilder out, String text) {
        out.append(TerminalText.escape(text)).append('\n');
    }

    private String json(String policyId, Flow flow, Decision decision) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("policy", policyId);
        ObjectNode f = root.putObject("flow");
        f.put("data", flow.data());
        f.put("purpose", flow.purpose());
        f.put(flow.kind() == TargetKind.SDK ? "sdk" : "recipient", flow.target());
        f.put("consent", flow.consent().name());
        root.put("outcome", decision.outcome().name());
        root.put("allowed", decision.allowed());
        root.put("reason", decision.reason().name());
        root.put("message", reason(flow, decision));
        root.put("processing", decision.processing().name());
        if (decision.exception() != null) {
            ObjectNode e = root.putObject("exception");
            e.put("id", decision.exception().id().value());
            e.put("scope", decision.exception().scope().name());
            e.put("ground", decision.exception().ground().name());
            e.put("groundCitation", decision.exception().ground().citation());
            e.put("legalBasis", decision.legalBasis().name());
            e.put("piplArticle", decision.legalBasis().article());
            e.put("section", decision.exception().source().value());
        }
        ArrayNode citations = root.putArray("citations");
        for (Citation c : decision.citations()) {
            ObjectNode node = citations.addObject();
            node.put("kind", c.kind());
            node.put("id", c.id());
            node.put("pointer", c.pointer());
            node.put("section", c.section().value());
            node.put("label", c.label().in(lang));
        }
        try {
            return PRETTY.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    private String label(String name) {
        return Messages.of("guard.label." + name).in(lang);
    }

    private static Text flowText(Flow flow) {
        return Messages.of("guard.flow." + flow.kind(), flow.data(), flow.purpose(), flow.target(),
                Messages.of("guard.consent." + flow.consent()));
    }

    private static Text reasonText(Flow flow, Decision decision) {
        String key = "guard.reason." + decision.reason();
        return switch (decision.reason()) {
            case EXCEPTION_APPLIES, EXCEPTION_WITHOUT_DECLARATION ->
                    Messages.of(key, decision.exception().id().value(), decision.legalBasis().article());
            case DATA_PARTLY_DECLARED, UNKNOWN_DATA_CATEGORY -> Messages.of(key, flow.data());
            case UNKNOWN_PURPOSE -> Messages.of(key, flow.purpose());
            case UNKNOWN_SDK, UNKNOWN_RECIPIENT -> Messages.of(key, flow.target());
            default -> Messages.of(key);
        };
    }
}
