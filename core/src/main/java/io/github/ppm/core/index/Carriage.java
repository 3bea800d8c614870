package io.github.ppm.core.index;

import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.Disclosure;
import io.github.ppm.model.ProcessingActivity;
import java.util.List;

/**
 * What one disclosure carries.
 *
 * @param disclosure the disclosure
 * @param pointer    its JSON pointer
 * @param scenarios  the scenarios it names and every step below them, in policy order
 * @param receipts   each category it carries: its own {@code data} ({@link Reach#DIRECT}), then the
 *                   data of its scenarios ({@link Reach#SCENARIO}), with the purposes they go for
 */
public record Carriage(Disclosure disclosure, String pointer, List<ProcessingActivity> scenarios,
        List<Receipt> receipts) {
    public Carriage {
        scenarios = List.copyOf(scenarios);
        receipts = List.copyOf(receipts);
    }

    /** It names neither data nor scenarios: the policy says "your personal information", all of it. */
    public boolean allData() {
        return disclosure.data().isEmpty() && disclosure.activities().isEmpty();
    }

    /** The categories carried, each once, in order. */
    public List<CategoryKey> categories() {
        return receipts.stream().map(Receipt::category).distinct().toList();
    }
}
