package io.github.ppm.core.validate;

import io.github.ppm.core.diag.Report;
import io.github.ppm.core.index.PolicyIndex;
import io.github.ppm.core.io.SourceMap;
import io.github.ppm.core.taxonomy.Taxonomy;
import io.github.ppm.model.Policy;

/**
 * A policy that has passed validation: its structure, ids, references and taxonomy keys are sound.
 * Only {@link PolicyValidator} makes one, so a method that takes a {@code ValidatedPolicy} cannot be
 * handed a broken policy. It carries what every consumer needs next: where each part of the document
 * is, the findings validation did report (warnings and infos), the policy's taxonomy, and the
 * {@link PolicyIndex} of derived facts, compiled once on first use and shared by every output.
 */
public final class ValidatedPolicy {
    private final Policy policy;
    private final SourceMap sourceMap;
    private final Report report;
    private final Taxonomy taxonomy;
    private volatile PolicyIndex index;

    ValidatedPolicy(Policy policy, SourceMap sourceMap, Report report, Taxonomy taxonomy) {
        this.policy = policy;
        this.sourceMap = sourceMap;
        this.report = report;
        this.taxonomy = taxonomy;
    }

    public Policy policy() {
        return policy;
    }

    /** Where each part of the source document is; places every later finding. */
    public SourceMap sourceMap() {
        return sourceMap;
    }

    /** The read and validation findings, none of them an error. */
    public Report report() {
        return report;
    }

    /** The built-in taxonomy plus the policy's own categories and purposes. */
    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** The derived facts of the policy, compiled on first use; safe to call from any thread. */
    public PolicyIndex index() {
        PolicyIndex result = index;
        if (result == null) {
            synchronized (this) {
                result = index;
                if (result == null) {
                    result = PolicyIndex.of(policy, taxonomy);
                    index = result;
                }
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return "ValidatedPolicy[" + policy.id().value() + "]";
    }
}
