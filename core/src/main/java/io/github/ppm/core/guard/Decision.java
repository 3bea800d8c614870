package io.github.ppm.core.guard;

import io.github.ppm.model.ConsentException;
import io.github.ppm.model.LegalBasis;
import io.github.ppm.model.Section;
import java.util.List;
import java.util.Objects;

/**
 * The guard's answer for one flow. Decisions are immutable and shared: the guard builds them when it is
 * compiled, so deciding allocates nothing.
 *
 * @param outcome    what the guard says
 * @param reason     why, as a stable code
 * @param processing entrusted processing, provision to another handler, or none when undeclared
 * @param citations  the policy objects relied on, the declaration first, the consent exception last
 * @param exception  the consent exception that allows the flow, for {@link Outcome#ALLOWED_BY_EXCEPTION}
 * @param legalBasis the PIPL Art. 13 basis of that exception, for {@link Outcome#ALLOWED_BY_EXCEPTION}
 */
public record Decision(
        Outcome outcome,
        Reason reason,
        Processing processing,
        List<Citation> citations,
        ConsentException exception,
        LegalBasis legalBasis) {
    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(processing, "processing");
        citations = List.copyOf(citations);
        if ((outcome == Outcome.ALLOWED_BY_EXCEPTION) != (exception != null && legalBasis != null)) {
            throw new IllegalArgumentException("an exception and its basis go with ALLOWED_BY_EXCEPTION only");
        }
    }

    /** True when the data may go. */
    public boolean allowed() {
        return outcome.allowed();
    }

    /** The sections of the policy this decision cites, in citation order. */
    public List<Section> sections() {
        return citations.stream().map(Citation::section).toList();
    }

    static Decision undeclared(Reason reason, List<Citation> citations) {
        return new Decision(Outcome.UNDECLARED, reason, Processing.NONE, citations, null, null);
    }
}
