package io.github.ppm.core.disclosure;

import io.github.ppm.core.diag.Report;
import java.util.Objects;

/**
 * A store label made from a policy.
 *
 * @param target  the store
 * @param content the file's text ({@link StoreTarget#fileName()})
 * @param report  what could not be mapped or answered from the policy, each placed in the policy file
 */
public record StoreLabel(StoreTarget target, String content, Report report) {
    public StoreLabel {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(report, "report");
    }
}
