package io.github.ppm.core.diff;

import io.github.ppm.model.MaterialChange;
import io.github.ppm.model.MaterialChangeKind;
import java.util.Objects;

/**
 * Why a change is material: the kind of change, the statute that makes it so, and the policy's own
 * criterion for it when the policy lists one.
 *
 * @param kind    the kind of material change
 * @param statute where the law or standard names it, e.g. {@code PIPL Art. 14 para. 2}
 * @param policy  the policy's own criterion of that kind (with its section), or {@code null}
 */
public record Criterion(MaterialChangeKind kind, String statute, MaterialChange policy) {
    public Criterion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(statute, "statute");
    }
}
