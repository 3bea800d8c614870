package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.ConsentType;
import io.github.ppm.model.Disclosure;
import io.github.ppm.model.DisclosureKind;
import io.github.ppm.model.Party;
import io.github.ppm.model.PartyId;
import io.github.ppm.model.Policy;
import io.github.ppm.model.Sdk;
import io.github.ppm.model.SdkRole;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * PIPL-23: providing personal information to another handler requires telling the individual the
 * recipient's name. A recipient given only as a class ("合作方", "有关机构") is not named. Applies
 * to SHARE disclosures and to SDKs whose provider is an independent handler.
 */
final class Pipl23 extends BaseRule {
    /** People the individual named (relatives, contacts): the individual knows who they are. */
    static final String RELATED_PERSON = "related-person";

    Pipl23() {
        super("PIPL-23", Severity.ERROR, RuleGroup.DISCLOSURE, Reliability.VERBATIM);
    }

    @Override
    public void check(LintContext context) {
        Policy policy = context.policy();
        Map<PartyId, Party> parties = policy.parties().stream().collect(Collectors.toMap(Party::id, Function.identity()));
        for (int i = 0; i < policy.disclosures().size(); i++) {
            Disclosure d = policy.disclosures().get(i);
            // A disclosure the law requires (an exception) need not name each authority (PIPL Art. 18 para. 1).
            if (d.kind() != DisclosureKind.SHARE || d.consent() == ConsentType.EXCEPTION) {
                continue;
            }
            String at = "/disclosures/" + i;
            if (d.recipients().isEmpty()) {
                context.reportVariant(this, "none", at, d.id().value(), d.id().value());
                continue;
            }
            List<String> unnamed = d.recipients().stream()
                    .filter(p -> parties.get(p) == null || parties.get(p).legalName() == null
                            && !parties.get(p).kind().value().equals(RELATED_PERSON))
                    .map(PartyId::value).toList();
            if (!unnamed.isEmpty()) {
                context.report(this, at + "/recipients", d.id().value(), d.id().value(), Facts.list(unnamed));
            }
        }
        for (int i = 0; i < policy.sdks().size(); i++) {
            Sdk s = policy.sdks().get(i);
            Party provider = parties.get(s.provider());
            if (s.role() == SdkRole.INDEPENDENT_HANDLER && (provider == null || provider.legalName() == null)) {
                context.reportVariant(this, "sdk", "/sdks/" + i + "/provider", s.id().value(), s.id().value());
            }
        }
    }
}
