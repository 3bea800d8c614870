package io.github.ppm.core.query;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterFactory;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * The served endpoint's CSV and TSV answers, written as {@code ppm query --format csv|tsv} writes
 * them: every cell through {@link io.github.ppm.core.disclosure.Csv#neutralise}, so a spreadsheet
 * opening a downloaded answer runs no formula. Fuseki writes answers through Jena's registry of
 * result writers, with the served dataset's context; the writers installed here neutralise when
 * that context has {@link #SPREADSHEET_SAFE} and are Jena's own otherwise, so other Jena users in
 * the same JVM see no change.
 */
final class SpreadsheetSafeResults {
    private SpreadsheetSafeResults() {
    }

    /** Set on a dataset's context: its CSV and TSV answers are spreadsheet-safe. */
    static final Symbol SPREADSHEET_SAFE = Symbol.create("https://w3id.org/ppm/sparql#spreadsheetSafe");

    private static boolean installed;

    /** Puts the writers in Jena's registry, once; Jena's own stay behind them. */
    static synchronized void install() {
        if (installed) {
            return;
        }
        RowSetWriterRegistry.init();
        install(ResultSetLang.RS_CSV, ResultFormat.CSV);
        install(ResultSetLang.RS_TSV, ResultFormat.TSV);
        installed = true;
    }

    private static void install(Lang lang, ResultFormat format) {
        RowSetWriterFactory jenas = RowSetWriterRegistry.getFactory(lang);
        RowSetWriterRegistry.register(lang, l -> new Neutralising(jenas.create(l), format));
    }

    private record Neutralising(RowSetWriter jenas, ResultFormat format) implements RowSetWriter {
        private static boolean safe(Context context) {
            return context != null && context.isTrue(SPREADSHEET_SAFE);
        }

        @Override
        public void write(OutputStream out, RowSet rowSet, Context context) {
            if (safe(context)) {
                Sparql.writeCells(out, ResultSet.adapt(rowSet), format);
            } else {
                jenas.write(out, rowSet, context);
            }
        }

        @Override
        public void write(Writer out, RowSet rowSet, Context context) {
            if (!safe(context)) {
                jenas.write(out, rowSet, context);
                return;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Sparql.writeCells(bytes, ResultSet.adapt(rowSet), format);
            try {
                out.write(bytes.toString(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void write(OutputStream out, boolean result, Context context) {
            // a boolean answer is `true` or `false`: nothing a spreadsheet would run
            jenas.write(out, result, context);
        }
    }
}
