package io.github.ppm.core.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.ppm.core.RepoFiles;
import io.github.ppm.core.Valid;
import io.github.ppm.core.io.Format;
import io.github.ppm.core.io.PolicyIO;
import io.github.ppm.core.taxonomy.Taxonomy;
import io.github.ppm.core.validate.PolicyValidator;
import io.github.ppm.model.ChannelKind;
import io.github.ppm.model.DataSourceKind;
import io.github.ppm.model.DisclosureKind;
import io.github.ppm.model.ExpiryAction;
import io.github.ppm.model.LegalBasis;
import io.github.ppm.model.Necessity;
import io.github.ppm.model.Platform;
import io.github.ppm.model.Policy;
import io.github.ppm.model.RetentionTrigger;
import io.github.ppm.model.RightKind;
import io.github.ppm.model.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The tables: golden files, traceability of every row, hostile text, and the shape of each format. */
class TablesTest {
    static final Path FIXTURES = Path.of("src/test/resources/fixtures/disclosure");
    static final Path SMALL = FIXTURES.resolve("small.yaml");
    static final Path HOSTILE = FIXTURES.resolve("hostile.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    static final Path FLAGSHIP = RepoFiles.root().resolve("examples/jinshang-consumer-finance/policy.yaml");

    /** The policies every structural test runs on: the fixtures and the flagship. */
    static Stream<Path> policies() {
        assertTrue(Files.exists(FLAGSHIP), "the flagship policy is part of the repository: " + FLAGSHIP);
        return Stream.of(SMALL, HOSTILE, FLAGSHIP);
    }

    static Policy read(Path file) {
        var parsed = PolicyIO.read(file);
        assertFalse(PolicyValidator.validate(parsed).hasErrors(), () -> "fixture must be valid: " + file);
        return parsed.orThrow();
    }

    @Test
    void flagshipMatchesTheGoldenFilesInEveryKindFormatAndLanguage() throws IOException {
        checkGolden(FLAGSHIP, "flagship");
    }

    @Test
    void smallFixtureMatchesTheGoldenFilesInEveryKindFormatAndLanguage() throws IOException {
        checkGolden(SMALL, "small");
    }

    private static void checkGolden(Path file, String folder) throws IOException {
        Policy policy = read(file);
        int files = 0;
        for (Table table : Tables.buildAll(Valid.of(policy))) {
            for (String lang : Tables.LANGUAGES) {
                for (TableFormat format : TableFormat.values()) {
                    Golden.check("disclosure/" + folder + "/" + Tables.fileName(table.kind(), format, lang),
                            Tables.render(table, format, lang));
                    files++;
                }
            }
        }
        assertEquals(7 * 4 * 2, files, "every kind, format and language");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void everyRowOfTheCollectionListTracesBackToTheGroupItComesFrom(Path file) throws IOException {
        Policy policy = read(file);
        JsonNode tree = JSON.readTree(PolicyIO.write(policy, Format.JSON));
        Table table = Tables.build(Valid.of(policy), TableKind.COLLECTION);
        Set<String> sources = new LinkedHashSet<>();
        for (Row row : table.rows()) {
            assertTrue(row.source().matches("/activities/\\d+/collects/\\d+"), row.source());
            assertTrue(sources.add(row.source()), "one row per group: " + row.source());
            JsonNode group = tree.at(row.source());
            JsonNode activity = tree.at(row.source().replaceFirst("/collects/\\d+$", ""));
            assertFalse(group.isMissingNode() || activity.isMissingNode(), row.source());
            assertEquals(texts(group.get("categories")), keys(table, row, "items"), row.source());
            List<String> tops = texts(group.get("categories")).stream().map(k -> k.split("\\.")[0]).distinct().toList();
            assertEquals(tops, keys(table, row, "category"));
            assertEquals(purposesOf(tree, group, activity), keys(table, row, "purposes"), row.source());
            assertEquals(List.of(activity.get("id").asText()), keys(table, row, "scenario"));
            for (String lang : Tables.LANGUAGES) {
                assertEquals(activity.get("label").get(lang).asText(), cell(table, row, "scenario").text().in(lang));
            }
            assertEquals(group.has("necessity") ? List.of(group.get("necessity").asText()) : List.of(),
                    keys(table, row, "necessity"));
            String section = (group.has("source") ? group : activity).get("source").asText();
            assertEquals(List.of(section), keys(table, row, "section"));
        }
        int groups = 0;
        for (JsonNode activity : tree.path("activities")) {
            groups += activity.path("collects").size();
        }
        assertEquals(groups, table.rows().size(), "every data group of every scenario is listed");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void everyRowOfTheSharingListTracesBackToAnSdkOrADisclosure(Path file) throws IOException {
        Policy policy = read(file);
        JsonNode tree = JSON.readTree(PolicyIO.write(policy, Format.JSON));
        Table table = Tables.build(Valid.of(policy), TableKind.SHARING);
        int sdks = 0;
        int disclosures = 0;
        for (Row row : table.rows()) {
            JsonNode node = tree.at(row.source());
            assertFalse(node.isMissingNode(), row.source());
            if (row.source().matches("/sdks/\\d+")) {
                sdks++;
                assertEquals(List.of(node.get("id").asText()), keys(table, row, "recipient"));
                assertEquals(node.get("label").get("zh").asText(), cell(table, row, "recipient").text().zh());
                assertEquals(List.of(node.get("provider").asText()), keys(table, row, "provider"));
                // What it lists, then what the permissions it asks for reach (by the permission taxonomy).
                List<String> data = new ArrayList<>();
                node.path("collects").forEach(g -> texts(g.get("categories")).stream()
                        .filter(k -> !data.contains(k)).forEach(data::add));
                List<String> listed = List.copyOf(data);
                for (String permission : texts(node.get("permissions"))) {
                    Taxonomy.builtIn().permissions().get(permission).orElseThrow().reaches().stream()
                            .filter(k -> listed.stream().noneMatch(d -> k.equals(d) || k.startsWith(d + ".")))
                            .filter(k -> !data.contains(k)).forEach(data::add);
                }
                assertEquals(data, keys(table, row, "data"));
                assertTrue(texts(node.get("purposes")).containsAll(keys(table, row, "purposes")));
                assertEquals(node.has("privacyPolicyUrl") ? List.of(node.get("privacyPolicyUrl").asText()) : List.of(),
                        keys(table, row, "link"));
                for (String activity : keys(table, row, "scenario")) {
                    assertTrue(usesSdk(tree, activity, node.get("id").asText()), activity + " uses " + row.source());
                }
            } else {
                assertTrue(row.source().matches("/disclosures/\\d+"), row.source());
                disclosures++;
                if (node.has("recipients")) {
                    assertEquals(texts(node.get("recipients")), keys(table, row, "recipient"));
                }
                // Its own data first, then the data of the scenarios it carries.
                List<String> data = keys(table, row, "data");
                List<String> own = texts(node.get("data"));
                assertEquals(own, data.subList(0, Math.min(own.size(), data.size())), row.source());
                Set<String> carried = carriedCategories(tree, texts(node.get("activities")));
                for (String key : data.subList(own.size(), data.size())) {
                    assertTrue(carried.contains(key), key + " is carried by " + row.source());
                }
                assertEquals(texts(node.get("purposes")), keys(table, row, "purposes"));
                assertEquals(texts(node.get("activities")), keys(table, row, "scenario"));
                assertEquals(List.of(node.get("kind").asText()), keys(table, row, "method"));
            }
            assertEquals(List.of(node.get("source").asText()), keys(table, row, "section"));
        }
        assertEquals(tree.path("sdks").size(), sdks, "every SDK is listed once");
        assertEquals(tree.path("disclosures").size(), disclosures, "every disclosure is listed once");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void everyRowOfEveryTablePointsAtAnObjectOfThePolicy(Path file) throws IOException {
        Policy policy = read(file);
        JsonNode tree = JSON.readTree(PolicyIO.write(policy, Format.JSON));
        for (Table table : Tables.buildAll(Valid.of(policy))) {
            for (Row row : table.rows()) {
                assertTrue(tree.at(row.source()).isObject(), table.kind() + " " + row.source());
            }
        }
    }

    /** The oracle of the purpose rule, read off the JSON: the group's, else the scenario's, else the nearest parent's. */
    private static List<String> purposesOf(JsonNode tree, JsonNode group, JsonNode activity) {
        if (group.has("purposes")) {
            return texts(group.get("purposes"));
        }
        for (JsonNode at = activity; at != null; at = scenario(tree, at.path("parent").asText(null))) {
            if (at.has("purposes")) {
                return texts(at.get("purposes"));
            }
        }
        return List.of();
    }

    private static JsonNode scenario(JsonNode tree, String id) {
        for (JsonNode a : tree.path("activities")) {
            if (a.get("id").asText().equals(id)) {
                return a;
            }
        }
        return null;
    }

    /** The categories of the named scenarios, the steps below them and what they collect from, off the JSON. */
    private static Set<String> carriedCategories(JsonNode tree, List<String> named) {
        Set<String> ids = new LinkedHashSet<>(named);
        for (boolean grew = true; grew; ) {
            grew = false;
            for (JsonNode a : tree.path("activities")) {
                if (ids.contains(a.path("parent").asText("")) && ids.add(a.get("id").asText())) {
                    grew = true;
                }
            }
        }
        Set<String> from = new LinkedHashSet<>(ids);
        for (JsonNode a : tree.path("activities")) {
            if (ids.contains(a.get("id").asText())) {
                from.addAll(texts(a.get("collectsFrom")));
            }
        }
        Set<String> result = new LinkedHashSet<>();
        for (JsonNode a : tree.path("activities")) {
            if (from.contains(a.get("id").asText())) {
                a.path("collects").forEach(g -> result.addAll(texts(g.get("categories"))));
            }
        }
        return result;
    }

    private static boolean usesSdk(JsonNode tree, String activityId, String sdkId) {
        for (JsonNode activity : tree.path("activities")) {
            if (activity.get("id").asText().equals(activityId)) {
                return texts(activity.get("sdks")).contains(sdkId);
            }
        }
        return false;
    }

    private static Cell cell(Table table, Row row, String column) {
        int index = table.column(column);
        assertTrue(index >= 0, "no column " + column);
        return row.cells().get(index);
    }

    private static List<String> keys(Table table, Row row, String column) {
        return cell(table, row, column).keys();
    }

    private static List<String> texts(JsonNode array) {
        List<String> result = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> result.add(n.asText()));
        }
        return result;
    }

    // ---- hostile text ----------------------------------------------------------------------------

    @Test
    void scriptInALabelIsTextInHtml() {
        Policy policy = read(HOSTILE);
        for (Table table : Tables.buildAll(Valid.of(policy))) {
            for (String lang : Tables.LANGUAGES) {
                String html = Tables.render(table, TableFormat.HTML, lang);
                String lower = html.toLowerCase(Locale.ROOT);
                assertFalse(lower.contains("<script"), table.kind() + ": a script element got through");
                assertFalse(lower.contains("<img"), table.kind() + ": an img element got through");
                assertFalse(lower.contains(" onerror="), table.kind() + ": an event handler got through");
                assertEquals(1, count(html, "<table>"), "the hostile </table> did not close the table early");
                assertEquals(1, count(html, "</table>"));
            }
        }
        String sharing = Tables.render(Tables.build(Valid.of(policy), TableKind.SHARING), TableFormat.HTML, "en");
        assertTrue(sharing.contains("&lt;script&gt;alert(&#39;category&#39;)&lt;/script&gt;"), sharing);
        assertTrue(sharing.contains("&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(sharing.contains("href=\"https://evil.example/privacy"),
                "an address with markup characters is not made a link");
    }

    @Test
    void formulaInANameIsNeutralisedInCsv() throws IOException {
        Policy policy = read(HOSTILE);
        for (Table table : Tables.buildAll(Valid.of(policy))) {
            for (String lang : Tables.LANGUAGES) {
                List<List<String>> rows = parseCsv(Tables.render(table, TableFormat.CSV, lang));
                assertEquals(table.rows().size() + 1, rows.size(), table.kind() + ": one record per row");
                for (List<String> row : rows) {
                    assertEquals(table.columns().size(), row.size(), table.kind() + ": " + row);
                    for (String cell : row) {
                        String start = cell.stripLeading();
                        assertFalse(!start.isEmpty() && "=+-@\t\r".indexOf(start.charAt(0)) >= 0,
                                table.kind() + ": a cell starts like a formula: " + cell);
                    }
                }
            }
        }
        List<List<String>> sharing = parseCsv(Tables.render(Tables.build(Valid.of(policy), TableKind.SHARING), TableFormat.CSV, "en"));
        assertEquals("'=cmd|' /C calc'!A0", sharing.get(1).get(0));
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"click\")", sharing.get(1).get(1));
        assertEquals("'@SUM(A1:A2)\nsecond line", sharing.get(1).get(3), "the newline survives inside the cell");
    }

    @Test
    void csvIsRfc4180WithCrlfAndAByteOrderMark() {
        String csv = Tables.render(Tables.build(Valid.of(read(HOSTILE)), TableKind.COLLECTION), TableFormat.CSV, "zh");
        assertTrue(csv.startsWith("\uFEFF"));
        assertTrue(csv.endsWith("\r\n"));
        assertFalse(csv.replace("\r\n", "").replace("\nsecond line", "").contains("\n"),
                "records end with CRLF; a bare LF only inside a quoted cell");
    }

    @Test
    void markdownEscapesMarkupAndKeepsEveryRowOnOneLine() {
        Policy policy = read(HOSTILE);
        for (Table table : Tables.buildAll(Valid.of(policy))) {
            for (String lang : Tables.LANGUAGES) {
                String md = Tables.render(table, TableFormat.MARKDOWN, lang);
                assertFalse(Pattern.compile("(?<!\\\\)<(script|img|/td)", Pattern.CASE_INSENSITIVE).matcher(md).find(),
                        table.kind() + ": unescaped markup\n" + md);
                List<String> tableLines = md.lines().filter(l -> l.startsWith("|")).toList();
                assertEquals(table.rows().size() + 2, tableLines.size(), table.kind() + ": one line per row\n" + md);
                for (String line : tableLines) {
                    assertEquals(table.columns().size() + 1, count(line.replace("\\|", ""), "|"),
                            table.kind() + ": an unescaped pipe split a cell: " + line);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void jsonCarriesEveryRowWithItsSourceAndKeys(Path file) throws IOException {
        Policy policy = read(file);
        for (Table table : Tables.buildAll(Valid.of(policy))) {
            JsonNode json = JSON.readTree(Tables.render(table, TableFormat.JSON, "en"));
            assertEquals(table.kind().id(), json.get("kind").asText());
            assertEquals(table.columns().size(), json.get("columns").size());
            assertEquals(table.rows().size(), json.get("rows").size());
            for (int i = 0; i < table.rows().size(); i++) {
                JsonNode row = json.get("rows").get(i);
                assertEquals(table.rows().get(i).source(), row.get("source").asText());
                assertEquals(table.columns().size(), row.get("cells").size());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void htmlIsOneAccessibleSelfContainedPage(Path file) {
        Policy policy = read(file);
        for (Table table : Tables.buildAll(Valid.of(policy))) {
            for (String lang : Tables.LANGUAGES) {
                String html = Tables.render(table, TableFormat.HTML, lang);
                assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"" + ("zh".equals(lang) ? "zh-CN" : "en") + "\">"));
                assertTrue(html.contains("<caption>"), "a caption names the table");
                assertEquals(table.columns().size(), count(html, "<th scope=\"col\""), "every column has a header");
                assertEquals(table.rows().size(), count(html, "<th scope=\"row\""), "every row has a header");
                assertTrue(html.contains("Content-Security-Policy"));
                assertTrue(html.contains("@media print"));
                Matcher external = Pattern.compile("(?i)(src|href)\\s*=\\s*\"(?!https?://[^\"]*\" rel=\"noopener)[^\"]*\"|<link|<script|@import|url\\(")
                        .matcher(html);
                assertFalse(external.find(), () -> "no external assets: " + external.group());
            }
        }
    }

    @Test
    void everyLabelExistsInBothLanguagesAndEveryClosedSetIsLabelled() {
        assertEquals(Labels.keys("en"), Labels.keys("zh"));
        for (Class<? extends Enum<?>> type : List.of(Necessity.class,
                DisclosureKind.class, Platform.class,
                RetentionTrigger.class, ExpiryAction.class,
                RightKind.class, ChannelKind.class,
                LegalBasis.class, DataSourceKind.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertFalse(Labels.of(constant).zh().isBlank(), constant.toString());
                assertFalse(Labels.of(constant).en().isBlank(), constant.toString());
            }
        }
    }

    @Test
    void periodsAndArticlesReadNaturally() {
        assertEquals(new Text("10年6个月", "10 years 6 months"), Names.period(Period.parse("P10Y6M")));
        assertEquals(new Text("1年", "1 year"), Names.period(Period.parse("P1Y")));
        assertEquals(new Text("15天", "15 days"), Names.period(Period.parse("P15D")));
        assertEquals("四十七", Names.chineseNumber(47));
        assertEquals("十五", Names.chineseNumber(15));
        assertEquals("二十", Names.chineseNumber(20));
        assertEquals("九", Names.chineseNumber(9));
    }

    @Test
    void unknownLanguageIsRefused() {
        Table table = Tables.build(Valid.of(read(SMALL)), TableKind.RIGHTS);
        assertThrows(IllegalArgumentException.class,
                () -> Tables.render(table, TableFormat.HTML, "fr"));
    }

    static List<List<String>> parseCsv(String csv) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        String body = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(body)) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        return rows;
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
