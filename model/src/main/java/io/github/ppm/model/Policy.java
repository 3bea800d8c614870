package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;

/**
 * A privacy policy as typed data: the root of the model.
 *
 * @param id            stable id, part of every RDF IRI minted for the policy
 * @param version       the policy's own version label, when it has one
 * @param effectiveDate the date it takes effect, when stated
 * @param updated       the date of its last update, when stated
 * @param languages     BCP 47 tags of the languages it is published in
 * @param jurisdiction  ISO 3166 code of the law it is written under, e.g. {@code CN}
 * @param categories    data categories the policy adds under the built-in taxonomy
 * @param purposes      purposes the policy adds under the built-in taxonomy
 * @param parties       organisations and classes of organisations it names
 * @param storage       where data is stored
 * @param clauses       facts without a dedicated type
 * @param links         web addresses outside SDK entries
 * @param suppressions  lint findings this policy silences, each with a reason
 */
public record Policy(
        @JsonProperty(required = true) PolicyId id,
        String version,
        LocalDate effectiveDate,
        LocalDate updated,
        @NotEmpty List<@Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*") String> languages,
        @JsonProperty(required = true) @Pattern(regexp = "[A-Z]{2}") String jurisdiction,
        @JsonProperty(required = true) @Valid SourceDocument document,
        @JsonProperty(required = true) @Valid Controller controller,
        List<@Valid CategoryDefinition> categories,
        List<@Valid PurposeDefinition> purposes,
        List<@Valid Party> parties,
        List<@Valid ProcessingActivity> activities,
        List<@Valid Permission> permissions,
        List<@Valid Sdk> sdks,
        List<@Valid Disclosure> disclosures,
        List<@Valid ConsentException> consentExceptions,
        List<@Valid StorageLocation> storage,
        List<@Valid RetentionRule> retention,
        List<@Valid SecurityMeasure> measures,
        @Valid IncidentResponse incidents,
        List<@Valid Right> rights,
        @Valid RequestHandling requests,
        @Valid Cessation cessation,
        List<@Valid CookieUse> cookies,
        @Valid Minors minors,
        @Valid ChangePolicy changes,
        List<@Valid Clause> clauses,
        List<@Valid Link> links,
        List<@Valid Suppression> suppressions) {
    public Policy {
        Checks.required(id, "id");
        languages = Checks.list(languages, "languages");
        Checks.required(jurisdiction, "jurisdiction");
        Checks.required(document, "document");
        Checks.required(controller, "controller");
        categories = Checks.list(categories, "categories");
        purposes = Checks.list(purposes, "purposes");
        parties = Checks.list(parties, "parties");
        activities = Checks.list(activities, "activities");
        permissions = Checks.list(permissions, "permissions");
        sdks = Checks.list(sdks, "sdks");
        disclosures = Checks.list(disclosures, "disclosures");
        consentExceptions = Checks.list(consentExceptions, "consentExceptions");
        storage = Checks.list(storage, "storage");
        retention = Checks.list(retention, "retention");
        measures = Checks.list(measures, "measures");
        rights = Checks.list(rights, "rights");
        cookies = Checks.list(cookies, "cookies");
        clauses = Checks.list(clauses, "clauses");
        links = Checks.list(links, "links");
        suppressions = Checks.list(suppressions, "suppressions");
    }
}
