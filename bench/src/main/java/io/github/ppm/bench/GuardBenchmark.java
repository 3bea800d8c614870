package io.github.ppm.bench;

import io.github.ppm.core.guard.ConsentState;
import io.github.ppm.core.guard.Decision;
import io.github.ppm.core.guard.Flow;
import io.github.ppm.core.guard.PolicyGuard;
import io.github.ppm.core.guard.Reason;
import io.github.ppm.core.io.Format;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.core.rdf.Rdf;
import io.github.ppm.core.rdf.RdfOptions;
import io.github.ppm.core.taxonomy.Taxonomy;
import io.github.ppm.core.taxonomy.Vocabulary;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.core.validate.ValidatedPolicy;
import io.github.ppm.model.ActivityId;
import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.DataCollection;
import io.github.ppm.model.Disclosure;
import io.github.ppm.model.PartyId;
import io.github.ppm.model.Policy;
import io.github.ppm.model.ProcessingActivity;
import io.github.ppm.model.PurposeKey;
import io.github.ppm.model.Sdk;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One flow decided by the compiled guard, against the same flow answered by a SPARQL ASK: over the
 * policy as {@code ppm export} writes it ({@link #sparqlAskOverExport}, the comparison the guard's
 * speed target is stated against), and over a minimal hand-made DPV model that keeps only what the
 * question needs ({@link #sparqlAsk}, the cheapest an RDF answer could be). All cycle through the
 * same eight flows (declared, not declared, partly declared, for SDKs and for recipients); queries
 * are parsed in setup, so the ASK side measures execution only, and setup checks that all three
 * give the same answer to "is this declared?". The ASK answers only that; the guard also weighs
 * consent and exceptions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GuardBenchmark {
    static final String BASE = "https://w3id.org/ppm/id/jinshang-consumer-finance/";
    static final String CATEGORY = "https://w3id.org/ppm/taxonomy/data-category/";
    static final String PURPOSE = "https://w3id.org/ppm/taxonomy/purpose/";
    static final String DPV = "https://w3id.org/dpv#";

    private PolicyGuard guard;
    private Flow[] flows;
    private Model model;
    private Query[] queries;
    private Model export;
    private Query[] exportQueries;
    private int next;

    @Setup
    public void setUp() throws IOException {
        ValidatedPolicy valid;
        try (InputStream in = GuardBenchmark.class.getResourceAsStream("/flagship/policy.yaml")) {
            valid = PolicyValidator.check(PolicyIO.read("policy.yaml", in.readAllBytes(), Format.YAML)).orThrow();
        }
        Policy policy = valid.policy();
        guard = PolicyGuard.compile(valid);
        flows = new Flow[] {
            Flow.toSdk("device.identifier.oaid", "push-delivery.statistics", "jiguang-push", ConsentState.GIVEN),
            Flow.toSdk("location.precise.coordinates", "marketing.direct", "jiguang-push", ConsentState.GIVEN),
            Flow.toSdk("biometric.face", "aml.customer-due-diligence", "megvii-liveness", ConsentState.NONE),
            Flow.toRecipient("identity.name", "loan.joint-lending", "lending-partners", ConsentState.GIVEN),
            Flow.toRecipient("contact.phone", "legal-compliance.criminal-investigation", "public-security-organs",
                    ConsentState.NONE),
            Flow.toRecipient("relationship.address-book", "debt-collection.reminder", "debt-collection-agencies",
                    ConsentState.GIVEN),
            Flow.toSdk("location", "push-delivery.regional", "jiguang-push", ConsentState.GIVEN),
            Flow.toRecipient("financial.bank-account", "repayment", "payment-institutions", ConsentState.NONE),
        };
        model = model(policy);
        export = ModelFactory.createModelForGraph(Rdf.graph(valid, RdfOptions.DEFAULT));
        queries = new Query[flows.length];
        exportQueries = new Query[flows.length];
        for (int i = 0; i < flows.length; i++) {
            queries[i] = QueryFactory.create(ask(flows[i]));
            exportQueries[i] = QueryFactory.create(askExport(flows[i]));
        }
        // Both sides must give the same answer to "is it declared?", or the comparison means nothing.
        for (int i = 0; i < flows.length; i++) {
            Decision d = guard.decide(flows[i]);
            boolean declared = !d.citations().isEmpty() && !d.citations().get(0).kind().equals("consent-exception")
                    && d.reason() != Reason.PURPOSE_NOT_DECLARED && d.reason() != Reason.DATA_PARTLY_DECLARED;
            try (QueryExecution exec = QueryExecution.create(queries[i], model);
                    QueryExecution onExport = QueryExecution.create(exportQueries[i], export)) {
                if (exec.execAsk() != declared || onExport.execAsk() != declared) {
                    throw new IllegalStateException("guard and SPARQL disagree on " + flows[i] + ": " + d);
                }
            }
        }
    }

    /** The compiled guard: one decision. */
    @Benchmark
    public Decision guardDecide() {
        Flow flow = flows[next++ & 7];
        return guard.decide(flow);
    }

    /** The same flow as a SPARQL ASK over the in-memory model (query parsed in advance). */
    @Benchmark
    public boolean sparqlAsk() {
        int i = next++ & 7;
        try (QueryExecution exec = QueryExecution.create(queries[i], model)) {
            return exec.execAsk();
        }
    }

    /** The same flow as a SPARQL ASK over the policy as {@code ppm export} writes it (record layer, taxonomy concepts). */
    @Benchmark
    public boolean sparqlAskOverExport() {
        int i = next++ & 7;
        try (QueryExecution exec = QueryExecution.create(exportQueries[i], export)) {
            return exec.execAsk();
        }
    }

    /**
     * "Is this data declared for this purpose to this SDK or party?" over the export: a declared
     * key covers the flow's key when the flow's concept is it or lies below it (skos:broader*).
     */
    static String askExport(Flow flow) {
        String data = "<https://w3id.org/ppm/data-category#" + flow.data() + ">";
        String purpose = "<https://w3id.org/ppm/purpose#" + flow.purpose() + ">";
        String prefixes = "PREFIX ppm: <https://w3id.org/ppm#>\nPREFIX dct: <http://purl.org/dc/terms/>\n"
                + "PREFIX rdf: <" + RDF.getURI() + ">\nPREFIX skos: <" + SKOS.getURI() + ">\n";
        if (flow.kind() == io.github.ppm.core.guard.TargetKind.SDK) {
            return prefixes + "ASK { ?s a ppm:Sdk ; dct:identifier \"" + flow.target() + "\" ;"
                    + " ppm:collects/rdf:rest*/rdf:first ?g .\n"
                    + "  ?g ppm:categories/rdf:rest*/rdf:first ?c . " + data + " skos:broader* ?c .\n"
                    + "  { ?g ppm:purposes/rdf:rest*/rdf:first ?u } UNION { ?s ppm:purposes/rdf:rest*/rdf:first ?u }\n"
                    + "  " + purpose + " skos:broader* ?u . }";
        }
        // A disclosure carries the data it names and the data of the scenarios it names.
        return prefixes + "ASK { ?d a ppm:Disclosure ; ppm:recipients/rdf:rest*/rdf:first/dct:identifier \""
                + flow.target() + "\" ; ppm:purposes/rdf:rest*/rdf:first ?u .\n"
                + "  { ?d ppm:data/rdf:rest*/rdf:first ?c } UNION { ?d ppm:activities/rdf:rest*/rdf:first/"
                + "ppm:collects/rdf:rest*/rdf:first/ppm:categories/rdf:rest*/rdf:first ?c }\n"
                + "  " + data + " skos:broader* ?c . " + purpose + " skos:broader* ?u . }";
    }

    static String ask(Flow flow) {
        String target = BASE + (flow.kind() == io.github.ppm.core.guard.TargetKind.SDK ? "sdk/" : "party/")
                + flow.target();
        return "PREFIX dpv: <" + DPV + ">\nPREFIX skos: <" + SKOS.getURI() + ">\n"
                + "ASK { ?p a dpv:Process ; dpv:hasRecipient <" + target + "> ; dpv:hasPersonalData ?d ;"
                + " dpv:hasPurpose ?u .\n"
                + "  <" + CATEGORY + flow.data() + "> skos:broader* ?d .\n"
                + "  <" + PURPOSE + flow.purpose() + "> skos:broader* ?u . }";
    }

    static Model model(Policy policy) {
        Model m = ModelFactory.createDefaultModel();
        Property hasData = m.createProperty(DPV, "hasPersonalData");
        Property hasPurpose = m.createProperty(DPV, "hasPurpose");
        Property hasRecipient = m.createProperty(DPV, "hasRecipient");
        Resource process = m.createResource(DPV + "Process");
        Taxonomy taxonomy = Taxonomy.forPolicy(policy);
        hierarchy(m, taxonomy.categories(), CATEGORY);
        hierarchy(m, taxonomy.purposes(), PURPOSE);
        for (Sdk sdk : policy.sdks()) {
            int group = 0;
            for (DataCollection collects : sdk.collects()) {
                Resource p = m.createResource(BASE + "sdk/" + sdk.id().value() + "/process/" + group++, process);
                p.addProperty(hasRecipient, m.createResource(BASE + "sdk/" + sdk.id().value()));
                p.addProperty(hasRecipient, m.createResource(BASE + "party/" + sdk.provider().value()));
                collects.categories().forEach(c -> p.addProperty(hasData, m.createResource(CATEGORY + c.value())));
                (collects.purposes().isEmpty() ? sdk.purposes() : collects.purposes())
                        .forEach(u -> p.addProperty(hasPurpose, m.createResource(PURPOSE + u.value())));
            }
        }
        for (Disclosure disclosure : policy.disclosures()) {
            Resource p = m.createResource(BASE + "disclosure/" + disclosure.id().value(), process);
            for (PartyId r : disclosure.recipients()) {
                p.addProperty(hasRecipient, m.createResource(BASE + "party/" + r.value()));
            }
            List<CategoryKey> data = new ArrayList<>(disclosure.data());
            for (ProcessingActivity activity : policy.activities()) {
                if (disclosure.activities().contains(activity.id()) || carriedByParent(policy, activity,
                        disclosure.activities())) {
                    data.addAll(activity.categories());
                }
            }
            data.forEach(c -> p.addProperty(hasData, m.createResource(CATEGORY + c.value())));
            for (PurposeKey u : disclosure.purposes()) {
                p.addProperty(hasPurpose, m.createResource(PURPOSE + u.value()));
            }
        }
        m.setNsPrefix("dpv", DPV);
        return m;
    }

    private static boolean carriedByParent(Policy policy, ProcessingActivity activity, List<ActivityId> named) {
        ActivityId parent = activity.parent();
        for (int steps = 0; parent != null && steps < policy.activities().size(); steps++) {
            if (named.contains(parent)) {
                return true;
            }
            ActivityId at = parent;
            parent = policy.activities().stream().filter(a -> a.id().equals(at)).findFirst()
                    .map(ProcessingActivity::parent).orElse(null);
        }
        return false;
    }

    private static void hierarchy(Model m, Vocabulary vocabulary, String namespace) {
        for (String key : vocabulary.keys()) {
            int dot = key.lastIndexOf('.');
            if (dot > 0) {
                m.add(m.createResource(namespace + key), SKOS.broader, m.createResource(namespace + key.substring(0, dot)));
            }
        }
    }

    /** For a quick look without the JMH harness: prints both answers for every flow. */
    public static void main(String[] args) throws IOException {
        GuardBenchmark b = new GuardBenchmark();
        b.setUp();
        for (int i = 0; i < b.flows.length; i++) {
            System.out.println(b.flows[i] + " -> " + b.guard.decide(b.flows[i]).outcome() + " / ASK "
                    + b.sparqlAsk());
        }
        System.out.println(b.model.size() + " triples");
    }
}
