package io.github.ppm.core.build;

import io.github.ppm.core.diag.Report;
import io.github.ppm.core.rdf.Rdf;
import io.github.ppm.core.rdf.RdfFormat;
import io.github.ppm.core.rdf.RdfOptions;
import io.github.ppm.model.Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The policy as RDF on DPV in all four formats, with the SHACL check's findings on the Turtle entry. */
public final class RdfProducer implements OutputProducer {
    private static final Text GROUP = new Text("RDF（DPV）", "RDF (DPV)");
    private static final Text TITLE = new Text("W3C 数据隐私词表（DPV 2.3）表示的政策", "The policy on the W3C Data Privacy Vocabulary (DPV 2.3)");

    @Override
    public String id() {
        return "rdf";
    }

    @Override
    public List<Output> produce(BuildInput input) throws IOException {
        Report shacl = Rdf.check(input.policy(), RdfOptions.DEFAULT);
        List<Output> outputs = new ArrayList<>();
        for (RdfFormat format : RdfFormat.values()) {
            String path = "rdf/policy." + format.extension();
            input.write(path, Rdf.write(input.policy(), format, RdfOptions.DEFAULT));
            outputs.add(new Output(path, GROUP, TITLE, format.name().toLowerCase(Locale.ROOT),
                    format == RdfFormat.TURTLE ? shacl : Report.empty()));
        }
        return outputs;
    }
}
