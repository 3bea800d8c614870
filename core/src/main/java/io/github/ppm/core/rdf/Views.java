package io.github.ppm.core.rdf;

import io.github.ppm.core.index.Carriage;
import io.github.ppm.core.index.DataGroup;
import io.github.ppm.core.index.PolicyIndex;
import io.github.ppm.core.index.Receipt;
import io.github.ppm.model.Address;
import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.ConsentException;
import io.github.ppm.model.ContactPoint;
import io.github.ppm.model.Controller;
import io.github.ppm.model.Disclosure;
import io.github.ppm.model.Identifier;
import io.github.ppm.model.LegalBasis;
import io.github.ppm.model.Party;
import io.github.ppm.model.PartyId;
import io.github.ppm.model.Policy;
import io.github.ppm.model.ProcessingActivity;
import io.github.ppm.model.PurposeKey;
import io.github.ppm.model.RetentionRule;
import io.github.ppm.model.Right;
import io.github.ppm.model.Sdk;
import io.github.ppm.model.SdkRole;
import io.github.ppm.model.SecurityMeasure;
import io.github.ppm.model.StorageLocation;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;

/**
 * The DPV layer: triples a DPV-aware tool expects, derived from the record layer. Every business
 * scenario, SDK and disclosure is a {@code dpv:Process} under the notice; purposes, personal data,
 * legal bases, recipients and storage conditions are stated with DPV properties and DPV terms
 * (or ppm concepts that are {@code skos:broader} a DPV term).
 */
final class Views {
    private final Exporter out;
    private final Policy policy;
    private final PolicyIndex index;
    private final Node root;

    Views(Exporter out, Policy policy, PolicyIndex index, Node root) {
        this.out = out;
        this.policy = policy;
        this.index = index;
        this.root = root;
    }

    void run() {
        out.text(root, DCTerms.title.asNode(), policy.document().title());
        for (String language : policy.languages()) {
            out.derive(root, DCTerms.language.asNode(), NodeFactory.createLiteralString(language));
        }
        Node jurisdiction = LOC.location(policy.jurisdiction());
        if (jurisdiction != null) {
            out.derive(root, DPV.hasJurisdiction, jurisdiction);
        }
        controller(policy.controller());
        for (Party party : policy.parties()) {
            party(party);
            receipts(party(party.id()), index.receivedBy(party.id()));
        }
        for (ProcessingActivity activity : policy.activities()) {
            activity(activity);
        }
        for (Sdk sdk : policy.sdks()) {
            sdk(sdk);
        }
        for (Disclosure disclosure : policy.disclosures()) {
            disclosure(disclosure);
        }
        for (ConsentException exception : policy.consentExceptions()) {
            LegalBasis basis = exception.ground().piplBasis();
            if (basis != null) {
                out.derive(out.instance("consent-exception", exception.id().value()), DPV.hasLegalBasis,
                        concept(basis));
            }
        }
        for (int i = 0; i < policy.storage().size(); i++) {
            storage(policy.storage().get(i), i);
        }
        for (RetentionRule rule : policy.retention()) {
            retention(rule);
        }
        for (SecurityMeasure measure : policy.measures()) {
            out.derive(root, DPV.hasTechnicalOrganisationalMeasure, out.view(measure.kind()));
        }
        for (Right right : policy.rights()) {
            out.derive(root, DPV.hasRight, concept(right.kind()));
        }
    }

    private void controller(Controller controller) {
        Node node = NodeFactory.createURI(root.getURI() + "/controller");
        out.derive(root, DPV.hasDataController, node);
        for (Address address : new Address[] {controller.registeredAddress(), controller.officeAddress()}) {
            if (address != null) {
                out.derive(node, DPV.hasAddress, NodeFactory.createLiteralString(address.raw()));
                Node location = LOC.location(address.region());
                if (location != null) {
                    out.derive(node, DPV.hasLocation, location);
                }
            }
        }
        for (ContactPoint contact : controller.contacts()) {
            out.derive(node, DPV.hasContact, NodeFactory.createLiteralString(contact.normalised()));
        }
        if (controller.protectionOfficer() != null) {
            out.derive(node, DPV.hasDataProtectionOfficer,
                    out.instance("contact", controller.protectionOfficer().value()));
        }
    }

    private void party(Party party) {
        out.concepts().nearestMapped(party.kind().getClass(), party.kind().value())
                .ifPresent(e -> out.derive(party(party.id()), Exporter.TYPE, Concepts.expand(e.dpv())));
    }

    private Node party(PartyId id) {
        return out.instance("party", id.value());
    }

    private void activity(ProcessingActivity activity) {
        Node node = out.instance("activity", activity.id().value());
        out.derive(root, DPV.hasProcess, node);
        if (activity.parent() != null) {
            out.derive(out.instance("activity", activity.parent().value()), DPV.hasProcess, node);
        }
        purposes(node, activity.purposes());
        collections(node, activity.id());
        // A scenario that "collects the data listed in" other scenarios processes their data too.
        data(node, index.categoriesWithReferences(activity));
        for (LegalBasis basis : activity.legalBases()) {
            out.derive(node, DPV.hasLegalBasis, concept(basis));
        }
        for (var permission : activity.permissions()) {
            out.derive(node, DPV.hasConsentControl, out.instance("permission", permission.value()));
        }
        for (var sdk : activity.sdks()) {
            out.derive(node, DPV.hasProcess, out.instance("sdk", sdk.value()));
        }
        if (activity.automatedDecision() != null) {
            out.derive(node, DPV.hasContext, DPV.AutomatedDecisionMaking);
        }
    }

    /** Each data group with its effective purposes, the derived fact the record layer does not state. */
    private void collections(Node process, Identifier owner) {
        for (DataGroup group : index.groupsOf(owner)) {
            Node node = NodeFactory.createURI(process.getURI() + "/collects/" + (group.index() + 1));
            data(process, group.categories());
            purposes(process, group.purposes());
            data(node, group.categories());
            purposes(node, group.purposes());
            for (PurposeKey purpose : group.purposes()) {
                out.derive(node, PPM.effectivePurpose, out.concept(purpose));
            }
        }
    }

    /** What a holder receives, as ppm concepts, and which of it only through a permission. */
    private void receipts(Node holder, List<Receipt> receipts) {
        for (CategoryKey category : PolicyIndex.categoriesOf(receipts)) {
            out.derive(holder, PPM.receives, out.concept(category));
        }
        for (CategoryKey category : PolicyIndex.onlyThroughPermission(receipts)) {
            out.derive(holder, PPM.receivesThroughPermission, out.concept(category));
        }
    }

    private void sdk(Sdk sdk) {
        Node node = out.instance("sdk", sdk.id().value());
        Node provider = party(sdk.provider());
        out.derive(root, DPV.hasProcess, node);
        out.derive(node, DPV.isImplementedUsingTechnology, TECH.SoftwareLibrary);
        out.derive(node, TECH.hasProvider, provider);
        if (sdk.role() == SdkRole.ENTRUSTED_PROCESSOR) {
            out.derive(node, DPV.hasDataProcessor, provider);
            out.derive(provider, Exporter.TYPE, DPV.DataProcessor);
        } else if (sdk.role() == SdkRole.INDEPENDENT_HANDLER) {
            out.derive(node, DPV.hasRecipientThirdParty, provider);
            out.derive(provider, Exporter.TYPE, DPV.ThirdParty);
        }
        purposes(node, sdk.purposes());
        collections(node, sdk.id());
        List<Receipt> receipts = index.receivedBy(sdk.id());
        data(node, PolicyIndex.categoriesOf(receipts));
        receipts(node, receipts);
    }

    private void disclosure(Disclosure disclosure) {
        Node node = out.instance("disclosure", disclosure.id().value());
        out.derive(root, DPV.hasProcess, node);
        out.derive(node, DPV.hasProcessing, concept(disclosure.kind()));
        for (PartyId recipient : disclosure.recipients()) {
            out.derive(node, DPV.hasRecipient, party(recipient));
        }
        Carriage carriage = index.carriage(disclosure.id());
        data(node, carriage.categories());
        purposes(node, disclosure.purposes());
        for (CategoryKey category : carriage.categories()) {
            out.derive(node, PPM.carries, out.concept(category));
        }
    }

    private void storage(StorageLocation storage, int index) {
        Node node = NodeFactory.createURI(root.getURI() + "/storage/" + (index + 1));
        out.derive(root, DPV.hasStorageCondition, node);
        Node location = LOC.location(storage.region());
        if (location != null) {
            out.derive(node, DPV.hasLocation, location);
        }
    }

    private void retention(RetentionRule rule) {
        Node node = out.instance("retention", rule.id().value());
        out.derive(root, DPV.hasStorageCondition, node);
        data(node, rule.data());
        var period = rule.maximum() != null ? rule.maximum() : rule.minimum();
        if (period != null) {
            Node duration = NodeFactory.createURI(node.getURI() + "/duration");
            out.derive(node, DPV.hasDuration, duration);
            out.derive(duration, Exporter.TYPE, DPV.TemporalDuration);
            out.derive(duration, Exporter.VALUE, NodeFactory.createLiteralDT(period.toString(),
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDduration));
        }
    }

    private void data(Node node, List<CategoryKey> keys) {
        for (CategoryKey key : keys) {
            out.derive(node, DPV.hasPersonalData, out.view(key));
        }
    }

    private void purposes(Node node, List<PurposeKey> keys) {
        for (PurposeKey key : keys) {
            out.derive(node, DPV.hasPurpose, out.view(key));
        }
    }

    private static Node concept(Enum<?> constant) {
        Map<? extends Enum<?>, Node> concepts = Profile.ENUM_CONCEPTS.get(constant.getDeclaringClass());
        return concepts.get(constant);
    }
}
