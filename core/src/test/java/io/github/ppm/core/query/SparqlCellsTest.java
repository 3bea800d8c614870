package io.github.ppm.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Query answers as CSV and TSV carry no live formula, whatever the store holds. */
class SparqlCellsTest {
    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"x\")", "+1", "-1+1", "@SUM(A1)", "＝1", "＋1",
        "－1", "＠SUM(A1)", " =1", "\n=1", "\t=1", "\r=1"})
    void everyFormulaPrefixIsNeutralisedInCsvAndTsv(String value) {
        Dataset dataset = DatasetFactory.createTxnMem();
        Model model = dataset.getDefaultModel();
        Resource s = model.createResource("https://example.org/s");
        s.addProperty(model.createProperty("https://example.org/label"), value);
        s.addProperty(model.createProperty("https://example.org/label-en"), value, "en");
        s.addLiteral(model.createProperty("https://example.org/count"), -5L);
        String query = "SELECT ?v ?w ?n { ?s <https://example.org/label> ?v ; <https://example.org/label-en> ?w ;"
                + " <https://example.org/count> ?n }";

        String csv = write(dataset, query, ResultFormat.CSV);
        String field = "'" + value;
        String quoted = field.matches("(?s).*[,\"\r\n].*") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
        assertEquals("v,w,n\r\n" + quoted + "," + quoted + ",'-5\r\n", csv);

        String tsv = write(dataset, query, ResultFormat.TSV);
        String escaped = field.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t");
        assertEquals("?v\t?w\t?n\n\"" + escaped + "\"\t\"" + escaped + "\"@en\t-5\n", tsv);
    }

    @Test
    void theTableShowsEscapeSequencesAndBidiOverridesEscaped() {
        Dataset dataset = DatasetFactory.createTxnMem();
        Model model = dataset.getDefaultModel();
        model.createResource("https://example.org/s")
                .addProperty(model.createProperty("https://example.org/label"), "\u001b]0;pwned\u0007\u202Eevil");
        String table = write(dataset, "SELECT ?v { ?s <https://example.org/label> ?v }", ResultFormat.TABLE);
        assertTrue(table.contains("\\u001b]0;pwned\\u0007\\u202eevil"), table);
        assertTrue(table.chars().noneMatch(c -> c == 0x1B || c == 0x07 || c == 0x202E), table);
        assertTrue(table.endsWith("-\n"), "line breaks are the table's own: " + table);
    }

    private static String write(Dataset dataset, String query, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Sparql.write(dataset, Sparql.parse(query), format, Sparql.Limits.DEFAULT, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
