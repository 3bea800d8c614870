package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Messages;
import io.github.ppm.core.index.PolicyIndex;
import io.github.ppm.core.io.SourceMap;
import io.github.ppm.core.taxonomy.Taxonomy;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.core.walk.ModelWalker;
import io.github.ppm.model.Identifier;
import io.github.ppm.model.Policy;
import io.github.ppm.model.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a rule sees: the policy, its taxonomy, where things are, every text in it, and a place to
 * report findings. One context serves one run over one policy.
 */
public final class LintContext {
    private final Policy policy;
    private final Taxonomy taxonomy;
    private final PolicyIndex index;
    private final SourceMap map;
    private final List<Finding> findings = new ArrayList<>();
    private List<TextAt> texts;
    private Map<String, String> ids;

    public LintContext(ValidatedPolicy valid) {
        this.policy = valid.policy();
        this.taxonomy = valid.taxonomy();
        this.index = valid.index();
        this.map = valid.sourceMap();
    }

    public Policy policy() {
        return policy;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** The policy's derived facts: effective purposes, receipts, sensitivity, the scenario tree. */
    public PolicyIndex index() {
        return index;
    }

    public SourceMap map() {
        return map;
    }

    /**
     * The date that decides which law applies: the effective date, else the last update, else
     * {@code null} when the policy states neither (rules then say the check could not be exact).
     */
    public LocalDate policyDate() {
        return policy.effectiveDate() != null ? policy.effectiveDate() : policy.updated();
    }

    /** Every text object ({@code zh}/{@code en}) in the policy, in document order. */
    public List<TextAt> texts() {
        indexTexts();
        return texts;
    }

    /** Texts whose pointer lies under {@code prefix} (e.g. {@code /clauses}). */
    public List<TextAt> texts(String prefix) {
        return texts().stream().filter(t -> t.pointer().equals(prefix) || t.pointer().startsWith(prefix + "/")).toList();
    }

    /** True when some Chinese text of the policy matches {@code regex} (a find, not a full match). */
    public boolean anyTextMatches(String regex) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(regex);
        return texts().stream().anyMatch(t -> p.matcher(t.zh()).find());
    }

    /**
     * The id of the nearest object at or above {@code pointer} that has one, e.g. {@code ce-8} for
     * {@code /consentExceptions/7/label}; {@code null} when there is none.
     */
    public String idAt(String pointer) {
        indexTexts();
        for (String probe = pointer; !probe.isEmpty(); probe = probe.substring(0, probe.lastIndexOf('/'))) {
            String id = ids.get(probe);
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    /** Reports a finding with the rule's main message ({@code ID}) and help ({@code ID.help}). */
    public void report(Rule rule, String pointer, String target, Object... args) {
        add(rule, rule.meta().id(), pointer, target, List.of(), args);
    }

    /**
     * Reports a finding with one of the rule's message variants ({@code ID.variant}); its help is
     * {@code ID.variant.help} when the catalogue has it, else {@code ID.help}.
     */
    public void reportVariant(Rule rule, String variant, String pointer, String target, Object... args) {
        add(rule, rule.meta().id() + "." + variant, pointer, target, List.of(), args);
    }

    /** Like {@link #reportVariant} with related places. */
    public void reportRelated(Rule rule, String variant, String pointer, String target, List<String> related,
            Object... args) {
        add(rule, variant == null ? rule.meta().id() : rule.meta().id() + "." + variant, pointer, target, related, args);
    }

    private void add(Rule rule, String key, String pointer, String target, List<String> related, Object... args) {
        Text help = Messages.help(key, args);
        if (help == null && !key.equals(rule.meta().id())) {
            help = Messages.help(rule.meta().id(), args);
        }
        findings.add(new Finding(rule.meta(), Messages.of(key, args), help, pointer, target, related));
    }

    /** What was reported so far, in order. */
    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    /** One walk over the model finds every text and every object's id. */
    private void indexTexts() {
        if (texts != null) {
            return;
        }
        List<TextAt> foundTexts = new ArrayList<>();
        Map<String, String> foundIds = new HashMap<>();
        ModelWalker.walk(policy, (pointer, value) -> {
            if (value instanceof Text text) {
                foundTexts.add(new TextAt(pointer, text.zh(), text.en()));
            } else if (value instanceof Identifier id && pointer.endsWith("/id")) {
                foundIds.put(pointer.substring(0, pointer.length() - 3), id.value());
            }
        });
        texts = List.copyOf(foundTexts);
        ids = Map.copyOf(foundIds);
    }
}
