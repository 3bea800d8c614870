package io.github.ppm.core.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the DPV 2.3 core namespace {@code dpv:} that ppm emits; each is defined in {@code dpv.ttl}. */
public final class DPV {
    /** The namespace IRI. */
    public static final String NS = "https://w3id.org/dpv#";

    public static final Node PrivacyNotice = term("PrivacyNotice");
    public static final Node Process = term("Process");
    public static final Node DataController = term("DataController");
    public static final Node ThirdParty = term("ThirdParty");
    public static final Node DataProcessor = term("DataProcessor");
    public static final Node StorageLocation = term("StorageLocation");
    public static final Node StorageDuration = term("StorageDuration");
    public static final Node TemporalDuration = term("TemporalDuration");
    public static final Node PersonalData = term("PersonalData");
    public static final Node SensitivePersonalData = term("SensitivePersonalData");
    public static final Node Purpose = term("Purpose");
    public static final Node ConsentControl = term("ConsentControl");
    public static final Node Entity = term("Entity");
    public static final Node TechnicalOrganisationalMeasure = term("TechnicalOrganisationalMeasure");
    public static final Node AutomatedDecisionMaking = term("AutomatedDecisionMaking");
    public static final Node CrossBorderTransfer = term("CrossBorderTransfer");

    public static final Node Required = term("Required");
    public static final Node Optional = term("Optional");
    public static final Node Consent = term("Consent");
    public static final Node Contract = term("Contract");
    public static final Node LegalObligation = term("LegalObligation");
    public static final Node VitalInterest = term("VitalInterest");
    public static final Node ExplicitlyExpressedConsent = term("ExplicitlyExpressedConsent");
    public static final Node Share = term("Share");
    public static final Node Transfer = term("Transfer");
    public static final Node Delete = term("Delete");
    public static final Node Anonymise = term("Anonymise");

    public static final Node hasProcess = term("hasProcess");
    public static final Node hasDataController = term("hasDataController");
    public static final Node hasDataProcessor = term("hasDataProcessor");
    public static final Node hasRecipient = term("hasRecipient");
    public static final Node hasRecipientThirdParty = term("hasRecipientThirdParty");
    public static final Node hasPurpose = term("hasPurpose");
    public static final Node hasPersonalData = term("hasPersonalData");
    public static final Node hasLegalBasis = term("hasLegalBasis");
    public static final Node hasNecessity = term("hasNecessity");
    public static final Node hasProcessing = term("hasProcessing");
    public static final Node hasStorageCondition = term("hasStorageCondition");
    public static final Node hasDuration = term("hasDuration");
    public static final Node hasLocation = term("hasLocation");
    public static final Node hasJurisdiction = term("hasJurisdiction");
    public static final Node hasName = term("hasName");
    public static final Node hasContact = term("hasContact");
    public static final Node hasAddress = term("hasAddress");
    public static final Node hasContext = term("hasContext");
    public static final Node hasConsentControl = term("hasConsentControl");
    public static final Node hasTechnicalOrganisationalMeasure = term("hasTechnicalOrganisationalMeasure");
    public static final Node hasRight = term("hasRight");
    public static final Node hasDataProtectionOfficer = term("hasDataProtectionOfficer");
    public static final Node isImplementedUsingTechnology = term("isImplementedUsingTechnology");

    private DPV() {
    }

    /** The IRI node of {@code dpv:local}. */
    public static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
