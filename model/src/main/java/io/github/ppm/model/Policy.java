package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;

/** A privacy policy as typed data: the root of the model. */
@JsonClassDescription("A privacy policy as typed data: the root of the model.")
public record Policy(
        @JsonPropertyDescription("Stable id, part of every RDF IRI minted for the policy.")
        @JsonProperty(required = true) PolicyId id,
        @JsonPropertyDescription("The policy's own version label, when it has one.")
        String version,
        @JsonPropertyDescription("The date it takes effect (生效日期), when stated.")
        LocalDate effectiveDate,
        @JsonPropertyDescription("The date of its last update (更新日期), when stated.")
        LocalDate updated,
        @JsonPropertyDescription("BCP 47 tags of the languages it is published in.")
        @JsonProperty(required = true) @NotEmpty List<@Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*") String> languages,
        @JsonPropertyDescription("ISO 3166 code of the law it is written under, e.g. CN.")
        @JsonProperty(required = true) @Pattern(regexp = "[A-Z]{2}") String jurisdiction,
        @JsonPropertyDescription("The published document the data was taken from.")
        @JsonProperty(required = true) @Valid SourceDocument document,
        @JsonPropertyDescription("Who publishes the policy: the personal-information handler (个人信息处理者).")
        @JsonProperty(required = true) @Valid Controller controller,
        @JsonPropertyDescription("Data categories the policy adds under the built-in taxonomy.")
        List<@Valid CategoryDefinition> categories,
        @JsonPropertyDescription("Purposes the policy adds under the built-in taxonomy.")
        List<@Valid PurposeDefinition> purposes,
        @JsonPropertyDescription("Organisations and classes of organisations it names.")
        List<@Valid Party> parties,
        @JsonPropertyDescription("Business scenarios (业务场景) and the data each collects.")
        List<@Valid ProcessingActivity> activities,
        @JsonPropertyDescription("System permissions (系统权限) the app asks for.")
        List<@Valid Permission> permissions,
        @JsonPropertyDescription("Third-party SDKs (第三方SDK) the policy discloses.")
        List<@Valid Sdk> sdks,
        @JsonPropertyDescription("Sharing (共享), transfer (转让), public disclosure (公开披露) and entrusted processing (委托处理).")
        List<@Valid Disclosure> disclosures,
        @JsonPropertyDescription("Cases that need no consent (征得授权同意的例外).")
        List<@Valid ConsentException> consentExceptions,
        @JsonPropertyDescription("Where data is stored (存储地点).")
        List<@Valid StorageLocation> storage,
        @JsonPropertyDescription("How long data is kept (存储期限).")
        List<@Valid RetentionRule> retention,
        @JsonPropertyDescription("Security measures (安全措施).")
        List<@Valid SecurityMeasure> measures,
        @JsonPropertyDescription("What happens after a security incident (安全事件).")
        @Valid IncidentResponse incidents,
        @JsonPropertyDescription("The individual's rights and how to exercise them.")
        List<@Valid Right> rights,
        @JsonPropertyDescription("How requests to exercise rights are handled.")
        @Valid RequestHandling requests,
        @JsonPropertyDescription("What happens when the controller stops operating (停止运营).")
        @Valid Cessation cessation,
        @JsonPropertyDescription("Use of cookies and similar technologies.")
        List<@Valid CookieUse> cookies,
        @JsonPropertyDescription("Rules for minors (未成年人).")
        @Valid Minors minors,
        @JsonPropertyDescription("How the policy changes.")
        @Valid ChangePolicy changes,
        @JsonPropertyDescription("Facts without a dedicated type.")
        List<@Valid Clause> clauses,
        @JsonPropertyDescription("Web addresses outside SDK entries.")
        List<@Valid Link> links,
        @JsonPropertyDescription("Lint findings this policy silences, each with a reason.")
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
