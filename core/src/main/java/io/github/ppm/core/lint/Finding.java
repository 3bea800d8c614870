package io.github.ppm.core.lint;

import io.github.ppm.model.Text;
import java.util.List;
import java.util.Objects;

/**
 * A finding before configuration and suppressions apply: which rule, what it says, where (a JSON
 * pointer into the policy), and the id of the object it is about, which a suppression may name.
 *
 * @param rule    the rule's metadata
 * @param message what is wrong, in both languages
 * @param help    longer advice, or {@code null}
 * @param pointer where in the policy
 * @param target  the id of the object concerned, or {@code null} for the policy as a whole
 * @param related pointers to other places that explain it
 */
public record Finding(RuleMeta rule, Text message, Text help, String pointer, String target, List<String> related) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(pointer, "pointer");
        related = related == null ? List.of() : List.copyOf(related);
    }
}
