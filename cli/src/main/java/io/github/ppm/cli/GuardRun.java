package io.github.ppm.cli;

import io.github.ppm.core.diag.Messages;
import io.github.ppm.core.diag.ReportFormat;
import io.github.ppm.core.diag.ReportWriter;
import io.github.ppm.core.diag.Suggestions;
import io.github.ppm.core.guard.ConsentState;
import io.github.ppm.core.guard.Decision;
import io.github.ppm.core.guard.DecisionWriter;
import io.github.ppm.core.guard.Flow;
import io.github.ppm.core.guard.PolicyGuard;
import io.github.ppm.core.guard.TargetKind;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.core.validate.Validation;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** The work of {@code ppm guard}, kept out of the command class so picocli does not reflect on core types. */
final class GuardRun {
    private GuardRun() {
    }

    record Result(boolean allowed, String text) {
    }

    static Result run(Path file, String data, String purpose, boolean sdk, String target, String consent,
            boolean json, String lang) {
        Validation validation = PolicyValidator.read(file);
        if (!validation.valid()) {
            ReportFormat format = json ? ReportFormat.JSON : ReportFormat.HUMAN;
            return new Result(false, ReportWriter.of(format, lang).write(validation.report()));
        }
        PolicyGuard guard = PolicyGuard.compile(validation.policy());
        Flow flow = new Flow(data, purpose, sdk ? TargetKind.SDK : TargetKind.RECIPIENT, target,
                ConsentState.valueOf(consent.toUpperCase(Locale.ROOT)));
        Decision decision = guard.decide(flow);
        DecisionWriter writer = json ? DecisionWriter.json(lang) : DecisionWriter.human(lang);
        String text = writer.write(guard.policyId(), flow, decision);
        if (!json) {
            text += suggestion(decision, flow, guard, lang);
        }
        return new Result(decision.allowed(), text);
    }

    /** "Did you mean" for a misspelt key or id: the one place a typo is likely. */
    private static String suggestion(Decision decision, Flow flow, PolicyGuard guard, String lang) {
        String input;
        Set<String> candidates;
        switch (decision.reason()) {
            case UNKNOWN_DATA_CATEGORY -> {
                input = flow.data();
                candidates = guard.categoryKeys();
            }
            case UNKNOWN_PURPOSE -> {
                input = flow.purpose();
                candidates = guard.purposeKeys();
            }
            case UNKNOWN_SDK -> {
                input = flow.target();
                candidates = guard.sdkIds();
            }
            case UNKNOWN_RECIPIENT -> {
                input = flow.target();
                candidates = guard.partyIds();
            }
            default -> {
                return "";
            }
        }
        return Suggestions.closest(input, candidates)
                .map(s -> "  = help: " + Messages.of("guard.suggest", s).in(lang) + "\n")
                .orElse("");
    }
}
