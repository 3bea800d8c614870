package io.github.ppm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ppm.core.disclosure.TableKind;
import io.github.ppm.core.disclosure.Tables;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example that publishes the two lists, run through its main entry as exec:java runs it. */
class PublishPrivacyListsTest {
    @Test
    void mainWritesBothListsInBothLanguagesAsHtmlAndCsv(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site/privacy");
        PublishPrivacyLists.main(new String[] {Flagship.FILE.toString(), out.toString()});
        for (TableKind kind : List.of(TableKind.COLLECTION, TableKind.SHARING)) {
            int rows = Tables.build(Flagship.valid(), kind).rows().size();
            assertTrue(rows > 10, kind + " has the flagship's rows");
            for (String lang : Tables.LANGUAGES) {
                String html = Files.readString(out.resolve(kind.id() + "." + lang + ".html"), StandardCharsets.UTF_8);
                assertTrue(html.contains("<caption>"), kind + " " + lang);
                String csv = Files.readString(out.resolve(kind.id() + "." + lang + ".csv"), StandardCharsets.UTF_8);
                assertTrue(csv.split("\r\n").length >= rows + 1, kind + " " + lang + ": a record per row plus the header");
            }
        }
        assertTrue(Files.readString(out.resolve("collection.zh.html"), StandardCharsets.UTF_8).contains("个人信息收集清单"));
        assertTrue(Files.readString(out.resolve("sharing.zh.html"), StandardCharsets.UTF_8).contains("第三方信息共享清单"));
    }

    @Test
    void anInvalidPolicyIsRefusedWithItsFindings(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "id: x\nunknown: 1\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = PublishPrivacyLists.run(broken, dir.resolve("out"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(3, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("error [PPM-"), err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.notExists(dir.resolve("out")), "nothing is published from an invalid policy");
    }
}
