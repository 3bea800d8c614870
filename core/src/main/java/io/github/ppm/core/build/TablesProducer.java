package io.github.ppm.core.build;

import io.github.ppm.core.diag.Report;
import io.github.ppm.core.disclosure.Table;
import io.github.ppm.core.disclosure.TableFormat;
import io.github.ppm.core.disclosure.Tables;
import io.github.ppm.model.Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Every disclosure table in every format and language, under {@code tables/}. */
public final class TablesProducer implements OutputProducer {
    static final Text GROUP = new Text("披露表格", "Disclosure tables");

    @Override
    public String id() {
        return "tables";
    }

    @Override
    public List<Output> produce(BuildInput input) throws IOException {
        List<Output> outputs = new ArrayList<>();
        for (Table table : Tables.buildAll(input.policy())) {
            for (String lang : Tables.LANGUAGES) {
                for (TableFormat format : TableFormat.values()) {
                    String path = "tables/" + Tables.fileName(table.kind(), format, lang);
                    input.write(path, Tables.render(table, format, lang));
                    outputs.add(new Output(path, GROUP, table.title(),
                            lang + " · " + displayName(format), Report.empty()));
                }
            }
        }
        return outputs;
    }

    private static String displayName(TableFormat format) {
        return format == TableFormat.MARKDOWN ? "Markdown" : format.name().toUpperCase(Locale.ROOT);
    }
}
