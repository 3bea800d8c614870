package io.github.ppm.core.query;

import io.github.ppm.core.index.Carriage;
import io.github.ppm.core.index.DataGroup;
import io.github.ppm.core.index.PolicyIndex;
import io.github.ppm.core.index.Reach;
import io.github.ppm.core.index.Receipt;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.ConsentException;
import io.github.ppm.model.Disclosure;
import io.github.ppm.model.LegalBasis;
import io.github.ppm.model.Party;
import io.github.ppm.model.PartyId;
import io.github.ppm.model.Permission;
import io.github.ppm.model.PermissionKey;
import io.github.ppm.model.Policy;
import io.github.ppm.model.ProcessingActivity;
import io.github.ppm.model.PurposeKey;
import io.github.ppm.model.RetentionRule;
import io.github.ppm.model.Sdk;
import io.github.ppm.model.SdkId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Typed questions about one policy. Taxonomy-aware: asking for {@code device.identifier} also
 * finds what is declared as {@code device.identifier.imei}; a declaration broader than the
 * question (an SDK that receives "device information") does not answer a narrower one, because
 * the policy does not say it. Answers keep policy order and cite the section they rest on.
 */
public final class PolicyQuery {
    private final Policy policy;
    private final PolicyIndex index;
    private final Map<PartyId, Party> parties;

    private PolicyQuery(ValidatedPolicy valid) {
        this.policy = valid.policy();
        this.index = valid.index();
        this.parties = policy.parties().stream().collect(Collectors.toMap(Party::id, Function.identity()));
    }

    /** Queries over a validated policy. */
    public static PolicyQuery of(ValidatedPolicy policy) {
        return new PolicyQuery(policy);
    }

    /**
     * SDKs that receive {@code category} or anything below it, and parties named as recipients of a
     * disclosure that carries it (its own data or the data of the scenarios it carries).
     */
    public List<Holder> recipientsOf(CategoryKey category) {
        List<Holder> result = new ArrayList<>();
        for (Sdk sdk : policy.sdks()) {
            if (PolicyIndex.anyWithin(PolicyIndex.categoriesOf(index.receivedBy(sdk.id())), category)) {
                result.add(new Holder(Holder.Kind.SDK, sdk.id().value(), sdk.label(), sdk.id().value(), sdk.source()));
            }
        }
        for (Carriage carriage : index.carriages()) {
            Disclosure disclosure = carriage.disclosure();
            if (PolicyIndex.anyWithin(carriage.categories(), category)) {
                for (PartyId recipient : disclosure.recipients()) {
                    Party party = parties.get(recipient);
                    result.add(new Holder(Holder.Kind.PARTY, recipient.value(), party.label(),
                            disclosure.id().value(), disclosure.source()));
                }
            }
        }
        return result;
    }

    /** SDKs that receive {@code category} or anything below it, listed or through a permission they ask for. */
    public List<Sdk> sdksReceiving(CategoryKey category) {
        return policy.sdks().stream()
                .filter(sdk -> PolicyIndex.anyWithin(PolicyIndex.categoriesOf(index.receivedBy(sdk.id())), category))
                .toList();
    }

    /**
     * How {@code sdk} receives {@code category} (or anything below it): {@link Reach#DIRECT} when it lists
     * such a category, {@link Reach#PERMISSION} when only a permission it asks for reaches one, else empty.
     */
    public Optional<Reach> reach(SdkId sdk, CategoryKey category) {
        List<Receipt> within = index.receivedBy(sdk).stream().filter(r -> r.category().isWithin(category)).toList();
        if (within.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(within.stream().allMatch(r -> r.reach() == Reach.PERMISSION) ? Reach.PERMISSION : Reach.DIRECT);
    }

    /** The purposes {@code category} (or anything below it) is collected, received, used or disclosed for. */
    public List<PurposeUse> purposesOf(CategoryKey category) {
        List<PurposeUse> result = new ArrayList<>();
        for (ProcessingActivity activity : policy.activities()) {
            for (DataGroup group : index.groupsOf(activity.id())) {
                if (PolicyIndex.anyWithin(group.categories(), category)) {
                    group.purposes().forEach(p -> result.add(new PurposeUse(p, activity.id().value(), activity.source())));
                }
            }
        }
        for (Sdk sdk : policy.sdks()) {
            for (Receipt receipt : index.receivedBy(sdk.id())) {
                if (receipt.category().isWithin(category)) {
                    receipt.purposes().forEach(p -> result.add(new PurposeUse(p, sdk.id().value(), sdk.source())));
                }
            }
        }
        for (Permission permission : policy.permissions()) {
            if (PolicyIndex.anyWithin(permission.data(), category)) {
                permission.purposes().forEach(p -> result.add(new PurposeUse(p, permission.id().value(), permission.source())));
            }
        }
        for (Disclosure disclosure : policy.disclosures()) {
            if (PolicyIndex.anyWithin(disclosure.data(), category)) {
                disclosure.purposes().forEach(p -> result.add(new PurposeUse(p, disclosure.id().value(), disclosure.source())));
            }
        }
        return result;
    }

    /** The distinct purposes of {@code category}, in policy order. */
    public Set<PurposeKey> distinctPurposesOf(CategoryKey category) {
        return purposesOf(category).stream().map(PurposeUse::purpose).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The categories an SDK receives: those it lists, then those only a permission it asks for reaches. */
    public List<CategoryKey> categoriesReceivedBy(SdkId sdk) {
        return PolicyIndex.categoriesOf(index.receivedBy(sdk));
    }

    /**
     * The categories a party receives: what the disclosures naming it carry, and what the SDKs it
     * provides receive, each once.
     */
    public List<CategoryKey> categoriesReceivedBy(PartyId party) {
        return PolicyIndex.categoriesOf(index.receivedBy(party));
    }

    /** Each receipt of an SDK: the category, how it arrives (listed or through a permission), for what. */
    public List<Receipt> receiptsOf(SdkId sdk) {
        return index.receivedBy(sdk);
    }

    /** The scenarios that use a permission of the taxonomy (or one below it, e.g. a platform variant). */
    public List<ProcessingActivity> activitiesUsing(PermissionKey permission) {
        Set<String> ids = policy.permissions().stream()
                .filter(p -> p.key().isWithin(permission)
                        || p.variants().stream().anyMatch(v -> v.key().isWithin(permission)))
                .map(p -> p.id().value())
                .collect(Collectors.toSet());
        return policy.activities().stream()
                .filter(a -> a.permissions().stream().anyMatch(p -> ids.contains(p.value())))
                .toList();
    }

    /**
     * The retention rules that cover {@code category}: rules for all data, rules naming the
     * category or one of its ancestors, and rules naming something below it.
     */
    public List<RetentionRule> retentionOf(CategoryKey category) {
        return policy.retention().stream()
                .filter(r -> r.data().isEmpty()
                        || r.data().stream().anyMatch(d -> category.isWithin(d) || d.isWithin(category)))
                .toList();
    }

    /** The consent exceptions whose ground falls under {@code basis}; {@code null} finds those with no PIPL basis. */
    public List<ConsentException> consentExceptionsBy(LegalBasis basis) {
        return policy.consentExceptions().stream().filter(c -> c.ground().piplBasis() == basis).toList();
    }

    /** The scenarios whose data (directly or by reference through {@code collectsFrom}) includes {@code category}. */
    public List<ProcessingActivity> activitiesCollecting(CategoryKey category) {
        return policy.activities().stream()
                .filter(a -> PolicyIndex.anyWithin(index.categoriesWithReferences(a), category))
                .toList();
    }

    /** Whether the category is sensitive personal information (PIPL Art. 28) under the policy's taxonomy. */
    public boolean isSensitive(CategoryKey category) {
        return index.isSensitive(category);
    }
}
