package io.github.ppm.core.query;

import io.github.ppm.core.taxonomy.Taxonomy;
import io.github.ppm.model.ActivityId;
import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.ConsentException;
import io.github.ppm.model.DataCollection;
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
import io.github.ppm.model.TaxonomyKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    private final Map<PartyId, Party> parties;

    private PolicyQuery(Policy policy) {
        this.policy = policy;
        this.parties = policy.parties().stream().collect(Collectors.toMap(Party::id, Function.identity()));
    }

    /** Queries over {@code policy}. */
    public static PolicyQuery of(Policy policy) {
        return new PolicyQuery(policy);
    }

    /** SDKs and recipient parties that receive {@code category} or anything below it. */
    public List<Holder> recipientsOf(CategoryKey category) {
        List<Holder> result = new ArrayList<>();
        for (Sdk sdk : policy.sdks()) {
            if (anyWithin(sdk.categories(), category)) {
                result.add(new Holder(Holder.Kind.SDK, sdk.id().value(), sdk.label(), sdk.id().value(), sdk.source()));
            }
        }
        for (Disclosure disclosure : policy.disclosures()) {
            if (anyWithin(disclosure.data(), category)) {
                for (PartyId recipient : disclosure.recipients()) {
                    Party party = parties.get(recipient);
                    result.add(new Holder(Holder.Kind.PARTY, recipient.value(), party.label(),
                            disclosure.id().value(), disclosure.source()));
                }
            }
        }
        return result;
    }

    /** SDKs that receive {@code category} or anything below it. */
    public List<Sdk> sdksReceiving(CategoryKey category) {
        return policy.sdks().stream().filter(sdk -> anyWithin(sdk.categories(), category)).toList();
    }

    /** The purposes {@code category} (or anything below it) is collected, used or disclosed for. */
    public List<PurposeUse> purposesOf(CategoryKey category) {
        List<PurposeUse> result = new ArrayList<>();
        for (ProcessingActivity activity : policy.activities()) {
            for (DataCollection collection : activity.collects()) {
                if (anyWithin(collection.categories(), category)) {
                    List<PurposeKey> purposes = collection.purposes().isEmpty() ? activity.purposes() : collection.purposes();
                    purposes.forEach(p -> result.add(new PurposeUse(p, activity.id().value(), activity.source())));
                }
            }
        }
        for (Sdk sdk : policy.sdks()) {
            for (DataCollection collection : sdk.collects()) {
                if (anyWithin(collection.categories(), category)) {
                    List<PurposeKey> purposes = collection.purposes().isEmpty() ? sdk.purposes() : collection.purposes();
                    purposes.forEach(p -> result.add(new PurposeUse(p, sdk.id().value(), sdk.source())));
                }
            }
        }
        for (Permission permission : policy.permissions()) {
            if (anyWithin(permission.data(), category)) {
                permission.purposes().forEach(p -> result.add(new PurposeUse(p, permission.id().value(), permission.source())));
            }
        }
        for (Disclosure disclosure : policy.disclosures()) {
            if (anyWithin(disclosure.data(), category)) {
                disclosure.purposes().forEach(p -> result.add(new PurposeUse(p, disclosure.id().value(), disclosure.source())));
            }
        }
        return result;
    }

    /** The distinct purposes of {@code category}, in policy order. */
    public Set<PurposeKey> distinctPurposesOf(CategoryKey category) {
        return purposesOf(category).stream().map(PurposeUse::purpose).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The categories an SDK receives. */
    public List<CategoryKey> categoriesReceivedBy(SdkId sdk) {
        return policy.sdks().stream().filter(s -> s.id().equals(sdk)).findFirst()
                .map(Sdk::categories).orElse(List.of());
    }

    /** The categories disclosed to a party, over every disclosure naming it, each once. */
    public List<CategoryKey> categoriesReceivedBy(PartyId party) {
        return policy.disclosures().stream().filter(d -> d.recipients().contains(party))
                .flatMap(d -> d.data().stream()).distinct().toList();
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
        Map<ActivityId, ProcessingActivity> byId = policy.activities().stream()
                .collect(Collectors.toMap(ProcessingActivity::id, Function.identity()));
        return policy.activities().stream()
                .filter(a -> anyWithin(a.categories(), category)
                        || a.collectsFrom().stream().map(byId::get).anyMatch(f -> f != null && anyWithin(f.categories(), category)))
                .toList();
    }

    /** Whether the category is sensitive personal information (PIPL Art. 28) under the policy's taxonomy. */
    public boolean isSensitive(CategoryKey category) {
        return Taxonomy.forPolicy(policy).categories().sensitivity(category.value()).isPresent();
    }

    private static boolean anyWithin(List<? extends TaxonomyKey> declared, TaxonomyKey asked) {
        for (TaxonomyKey key : declared) {
            if (key.isWithin(asked)) {
                return true;
            }
        }
        return false;
    }
}
