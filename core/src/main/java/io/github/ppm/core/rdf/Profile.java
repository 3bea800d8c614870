package io.github.ppm.core.rdf;

import io.github.ppm.model.ActivityId;
import io.github.ppm.model.CategoryDefinition;
import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.ConsentException;
import io.github.ppm.model.ConsentExceptionId;
import io.github.ppm.model.ConsentType;
import io.github.ppm.model.ContactId;
import io.github.ppm.model.ContactPoint;
import io.github.ppm.model.Controller;
import io.github.ppm.model.DataCollection;
import io.github.ppm.model.Disclosure;
import io.github.ppm.model.DisclosureId;
import io.github.ppm.model.DisclosureKind;
import io.github.ppm.model.ExpiryAction;
import io.github.ppm.model.LawReference;
import io.github.ppm.model.LegalBasis;
import io.github.ppm.model.MeasureId;
import io.github.ppm.model.MeasureKey;
import io.github.ppm.model.Necessity;
import io.github.ppm.model.Party;
import io.github.ppm.model.PartyId;
import io.github.ppm.model.PartyKindKey;
import io.github.ppm.model.Permission;
import io.github.ppm.model.PermissionId;
import io.github.ppm.model.PermissionKey;
import io.github.ppm.model.Policy;
import io.github.ppm.model.ProcessingActivity;
import io.github.ppm.model.PurposeDefinition;
import io.github.ppm.model.PurposeKey;
import io.github.ppm.model.RetentionRule;
import io.github.ppm.model.RetentionRuleId;
import io.github.ppm.model.Right;
import io.github.ppm.model.RightId;
import io.github.ppm.model.RightKind;
import io.github.ppm.model.Sdk;
import io.github.ppm.model.SdkId;
import io.github.ppm.model.SdkRole;
import io.github.ppm.model.SecurityMeasure;
import io.github.ppm.model.SourceDocument;
import io.github.ppm.model.StorageLocation;
import io.github.ppm.model.Clause;
import io.github.ppm.model.ClauseId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;

/**
 * The RDF profile as data: which property carries each record field, which classes each record's
 * node has, which concept each closed enum constant is, and how instance and concept IRIs are
 * formed. The exporter and the importer both read this one table, so they cannot drift apart.
 */
final class Profile {
    /** Record classes whose objects carry their own id: their IRI is policy + segment + id. */
    static final Map<Class<?>, String> OWN_SEGMENTS = Map.ofEntries(
            Map.entry(ContactPoint.class, "contact"),
            Map.entry(Party.class, "party"),
            Map.entry(ProcessingActivity.class, "activity"),
            Map.entry(Permission.class, "permission"),
            Map.entry(Sdk.class, "sdk"),
            Map.entry(Disclosure.class, "disclosure"),
            Map.entry(ConsentException.class, "consent-exception"),
            Map.entry(RetentionRule.class, "retention"),
            Map.entry(SecurityMeasure.class, "measure"),
            Map.entry(Right.class, "right"),
            Map.entry(Clause.class, "clause"),
            Map.entry(CategoryDefinition.class, "category"),
            Map.entry(PurposeDefinition.class, "purpose"));

    /** Id types and the segment of the objects they refer to. */
    static final Map<Class<?>, String> REFERENCE_SEGMENTS = Map.ofEntries(
            Map.entry(ContactId.class, "contact"),
            Map.entry(PartyId.class, "party"),
            Map.entry(ActivityId.class, "activity"),
            Map.entry(PermissionId.class, "permission"),
            Map.entry(SdkId.class, "sdk"),
            Map.entry(DisclosureId.class, "disclosure"),
            Map.entry(ConsentExceptionId.class, "consent-exception"),
            Map.entry(RetentionRuleId.class, "retention"),
            Map.entry(MeasureId.class, "measure"),
            Map.entry(RightId.class, "right"),
            Map.entry(ClauseId.class, "clause"));

    /** Taxonomy key types and the namespace of their concepts. */
    static final Map<Class<?>, String> CONCEPT_NAMESPACES = Map.of(
            CategoryKey.class, "https://w3id.org/ppm/data-category#",
            PurposeKey.class, "https://w3id.org/ppm/purpose#",
            PermissionKey.class, "https://w3id.org/ppm/permission#",
            PartyKindKey.class, "https://w3id.org/ppm/party-kind#",
            MeasureKey.class, "https://w3id.org/ppm/measure#");

    /** The prefixes of the concept namespaces, in the order they are declared. */
    static final Map<String, String> CONCEPT_PREFIXES = Map.of(
            "ppm-data", "https://w3id.org/ppm/data-category#",
            "ppm-purpose", "https://w3id.org/ppm/purpose#",
            "ppm-permission", "https://w3id.org/ppm/permission#",
            "ppm-party-kind", "https://w3id.org/ppm/party-kind#",
            "ppm-measure", "https://w3id.org/ppm/measure#");

    /** The DPV class every concept of a taxonomy is an instance of. */
    static final Map<Class<?>, Node> CONCEPT_TOPS = Map.of(
            CategoryKey.class, DPV.PersonalData,
            PurposeKey.class, DPV.Purpose,
            PermissionKey.class, DPV.ConsentControl,
            PartyKindKey.class, DPV.Entity,
            MeasureKey.class, DPV.TechnicalOrganisationalMeasure);

    /** Fields whose property is a DPV or other standard term rather than {@code ppm:field}. */
    private static final Map<String, Node> STANDARD_FIELDS = new HashMap<>();
    /** Same, for one record type only. */
    private static final Map<Class<?>, Map<String, Node>> STANDARD_RECORD_FIELDS = new HashMap<>();
    /** Extra classes of a record's node besides {@code ppm:RecordName}. */
    static final Map<Class<?>, List<Node>> TYPES = Map.of(
            Policy.class, List.of(DPV.PrivacyNotice),
            Controller.class, List.of(DPV.DataController),
            ProcessingActivity.class, List.of(DPV.Process),
            Sdk.class, List.of(DPV.Process),
            Disclosure.class, List.of(DPV.Process),
            StorageLocation.class, List.of(DPV.StorageLocation),
            RetentionRule.class, List.of(DPV.StorageDuration));

    /** Closed enums whose constants are concepts (IRIs); every other enum is written as its name. */
    static final Map<Class<?>, Map<? extends Enum<?>, Node>> ENUM_CONCEPTS = new HashMap<>();

    static {
        STANDARD_FIELDS.put("label", RDFS.label.asNode());
        STANDARD_FIELDS.put("id", DCTerms.identifier.asNode());
        STANDARD_FIELDS.put("legalName", DPV.hasName);
        STANDARD_FIELDS.put("necessity", DPV.hasNecessity);
        STANDARD_RECORD_FIELDS.put(Policy.class, Map.of(
                "effectiveDate", DCTerms.valid.asNode(),
                "updated", DCTerms.modified.asNode(),
                "version", OWL.versionInfo.asNode()));
        STANDARD_RECORD_FIELDS.put(SourceDocument.class, Map.of(
                "title", DCTerms.title.asNode(),
                "url", FOAF.page.asNode()));
        STANDARD_RECORD_FIELDS.put(LawReference.class, Map.of("title", DCTerms.title.asNode()));

        EnumMap<LegalBasis, Node> bases = new EnumMap<>(LegalBasis.class);
        bases.put(LegalBasis.CONSENT, DPV.Consent);
        bases.put(LegalBasis.CONTRACT, DPV.Contract);
        bases.put(LegalBasis.LEGAL_DUTY, DPV.LegalObligation);
        bases.put(LegalBasis.EMERGENCY, DPV.VitalInterest);
        bases.put(LegalBasis.NEWS_REPORTING, PPM.NewsReporting);
        bases.put(LegalBasis.PUBLIC_INFORMATION, PPM.PubliclyDisclosedInformation);
        bases.put(LegalBasis.OTHER_LAW, PPM.OtherLegalGround);
        ENUM_CONCEPTS.put(LegalBasis.class, bases);

        EnumMap<Necessity, Node> necessity = new EnumMap<>(Necessity.class);
        necessity.put(Necessity.REQUIRED, DPV.Required);
        necessity.put(Necessity.OPTIONAL, DPV.Optional);
        ENUM_CONCEPTS.put(Necessity.class, necessity);

        EnumMap<DisclosureKind, Node> kinds = new EnumMap<>(DisclosureKind.class);
        kinds.put(DisclosureKind.SHARE, DPV.Share);
        kinds.put(DisclosureKind.TRANSFER, DPV.Transfer);
        kinds.put(DisclosureKind.PUBLIC_DISCLOSURE, PPM.PubliclyDisclose);
        kinds.put(DisclosureKind.ENTRUSTED, PPM.Entrust);
        ENUM_CONCEPTS.put(DisclosureKind.class, kinds);

        EnumMap<SdkRole, Node> roles = new EnumMap<>(SdkRole.class);
        roles.put(SdkRole.INDEPENDENT_HANDLER, DPV.ThirdParty);
        roles.put(SdkRole.ENTRUSTED_PROCESSOR, DPV.DataProcessor);
        ENUM_CONCEPTS.put(SdkRole.class, roles);

        EnumMap<ExpiryAction, Node> actions = new EnumMap<>(ExpiryAction.class);
        actions.put(ExpiryAction.DELETE, DPV.Delete);
        actions.put(ExpiryAction.ANONYMISE, DPV.Anonymise);
        actions.put(ExpiryAction.DELETE_OR_ANONYMISE, PPM.DeleteOrAnonymise);
        actions.put(ExpiryAction.KEEP, PPM.Retain);
        ENUM_CONCEPTS.put(ExpiryAction.class, actions);

        EnumMap<ConsentType, Node> consents = new EnumMap<>(ConsentType.class);
        consents.put(ConsentType.SEPARATE, PPM.SeparateConsent);
        consents.put(ConsentType.EXPLICIT, DPV.ExplicitlyExpressedConsent);
        consents.put(ConsentType.BUNDLED, PPM.BundledConsent);
        consents.put(ConsentType.EXCEPTION, PPM.ConsentExempted);
        consents.put(ConsentType.NOT_REQUIRED, PPM.ConsentNotRequired);
        ENUM_CONCEPTS.put(ConsentType.class, consents);

        EnumMap<RightKind, Node> rights = new EnumMap<>(RightKind.class);
        for (RightKind kind : RightKind.values()) {
            rights.put(kind, PPM.term(rightConcept(kind)));
        }
        ENUM_CONCEPTS.put(RightKind.class, rights);
    }

    private Profile() {
    }

    /** {@code ppm:RightToErasure} style names for the PIPL rights. */
    static String rightConcept(RightKind kind) {
        return switch (kind) {
            case KNOW -> "RightToBeInformed";
            case DECIDE -> "RightToDecide";
            case ACCESS_AND_COPY -> "RightToAccessAndCopy";
            case PORTABILITY -> "RightToPortability";
            case RECTIFY -> "RightToRectify";
            case ERASE -> "RightToErasure";
            case WITHDRAW_CONSENT -> "RightToWithdrawConsent";
            case EXPLANATION -> "RightToExplanation";
            case AUTOMATED_DECISION -> "RightRegardingAutomatedDecision";
            case DECEASED_RELATIVES -> "RightOfDeceasedRelatives";
            case ACCOUNT_CANCELLATION -> "RightToAccountCancellation";
            case COMPLAINT -> "RightToComplain";
        };
    }

    /** The property that carries {@code field} of {@code record}. */
    static Node property(Class<?> record, String field) {
        Map<String, Node> own = STANDARD_RECORD_FIELDS.get(record);
        if (own != null && own.containsKey(field)) {
            return own.get(field);
        }
        Node standard = STANDARD_FIELDS.get(field);
        return standard != null ? standard : PPM.term(field);
    }

    /** The class of a record's node in the ppm namespace. */
    static Node recordClass(Class<?> record) {
        return PPM.term(record.getSimpleName());
    }
}
