package io.github.ppm.core.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Search over the built-in taxonomy: normalisation, ranking, restriction and the words real policies print. */
class TaxonomySearchTest {
    private static final Taxonomy BUILT_IN = Taxonomy.builtIn();

    private static List<SearchHit> search(String term) {
        return TaxonomySearch.search(BUILT_IN.vocabularies(), term);
    }

    @Test
    void normalisingFoldsWidthCaseSpacesAndPunctuation() {
        assertEquals("ip地址", TaxonomySearch.normalise(" ＩＰ 地址。"));
        assertEquals("wifimac地址", TaxonomySearch.normalise("Wi-Fi　MAC地址"));
        assertEquals("deviceidentifierimei", TaxonomySearch.normalise("device.identifier.imei"));
    }

    @Test
    void fullWidthAndSpacedTermsFindWhatTheirPlainFormFinds() {
        SearchHit plain = search("IMEI").get(0);
        assertEquals("device.identifier.imei", plain.entry().key());
        assertEquals(plain, search("ＩＭＥＩ").get(0));
        assertEquals(plain, search(" i m e i ").get(0));
        assertEquals(search("设备识别码").get(0), search("设备 识别码").get(0));
    }

    @Test
    void anExactAliasRanksBeforeEntriesThatOnlyContainTheTerm() {
        List<SearchHit> hits = search("设备识别码");
        assertEquals("device.identifier", hits.get(0).entry().key());
        assertEquals(MatchKind.EXACT, hits.get(0).match());
        assertEquals(SearchHit.Field.ALIAS, hits.get(0).field());
        // 国际移动设备识别码 (IMEI) contains the term: found, but after the exact match
        SearchHit imei = hits.stream().filter(h -> h.entry().key().equals("device.identifier.imei")).findFirst()
                .orElseThrow();
        assertEquals(MatchKind.TERM_IN_NAME, imei.match());
        assertTrue(hits.indexOf(imei) > 0);
    }

    @Test
    void theLongestNameInsideTheTermWins() {
        // both 位置 (permission) and 地理位置信息 are inside the term; the longer, a data category, comes first
        List<SearchHit> hits = search("设备的地理位置信息");
        assertEquals(MatchKind.NAME_IN_TERM, hits.get(0).match());
        assertEquals("location", hits.get(0).entry().key());
        assertEquals("data-category", hits.get(0).taxonomy());
        assertEquals("地理位置信息", hits.get(0).matched());
    }

    @Test
    void equalMatchesKeepTaxonomyOrder() {
        // 设备信息 is the label of a data category and of a permission: data categories come first
        List<SearchHit> hits = search("设备信息");
        assertEquals(List.of("data-category", "permission"),
                hits.stream().filter(h -> h.match() == MatchKind.EXACT).map(SearchHit::taxonomy).toList());
    }

    @Test
    void keysAndPermissionNamesAreFound() {
        assertEquals(MatchKind.EXACT, search("device.identifier.imei").get(0).match());
        SearchHit camera = search("android.permission.CAMERA").get(0);
        assertEquals("permission", camera.taxonomy());
        assertEquals("camera", camera.entry().key());
        assertEquals(SearchHit.Field.ANDROID, camera.field());
        SearchHit segment = search("birth-date").get(0);
        assertEquals("identity.birth-date", segment.entry().key());
        assertEquals(MatchKind.KEY_SEGMENT, segment.match());
    }

    @Test
    void searchingOneVocabularyLeavesTheOthersOut() {
        List<SearchHit> hits = TaxonomySearch.search(List.of(BUILT_IN.permissions()), "设备信息");
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().allMatch(h -> h.taxonomy().equals("permission")), hits.toString());
    }

    @Test
    void aBlankOrUnknownTermFindsNothingButSuggestsTheNearestKey() {
        assertEquals(List.of(), search(" 、。 "));
        assertEquals(List.of(), search("zzqx"));
        assertEquals(Optional.of("device.identifier.imei"), TaxonomySearch.nearestKey(BUILT_IN.vocabularies(), "IMEl"));
    }

    /**
     * Data items and purposes the CA4P annotators marked most often in the development corpus
     * (occurrences as a whole span in brackets; generic ones such as 个人信息 left out), and the key
     * a person encoding that policy would choose. The first result must be that key.
     */
    @ParameterizedTest(name = "{0} -> {1}:{2}")
    @CsvSource({
        "手机号码, data-category, contact.phone",                   // 154
        "位置信息, data-category, location",                        // 145
        "设备信息, data-category, device",                          // 125
        "地理位置信息, data-category, location",                    // 87
        "IMEI, data-category, device.identifier.imei",             // 68
        "手机号, data-category, contact.phone",                     // 51
        "联系方式, data-category, contact",                         // 46
        "密码, data-category, account.credential.password",         // 42
        "账号信息, data-category, account",                         // 42
        "IP地址, data-category, network.ip",                        // 34
        "MAC, data-category, device.identifier.mac",               // 34
        "网络设备硬件地址, data-category, device.identifier.mac",   // 29
        "姓名, data-category, identity.name",                       // 26
        "电话号码, data-category, contact.phone",                   // 20
        "设备识别码, data-category, device.identifier",             // 17
        "国际移动设备识别码, data-category, device.identifier.imei", // 17
        "网络状态, data-category, network.state",                   // 17
        "IDFA, data-category, device.identifier.idfa",             // 16
        "身份证号码, data-category, identity.document.id-number",   // 15
        "电子邮箱, data-category, contact.email",                   // 14
        "以提供统计分析服务, purpose, analytics",                    // 15, a purpose span
        "以完成实名验证, purpose, identity.verification.real-name"   // 10, a purpose span
    })
    void everydayCorpusTermsFindTheirKeyFirst(String term, String taxonomy, String key) {
        List<SearchHit> hits = search(term);
        assertFalse(hits.isEmpty(), term + " found nothing");
        assertEquals(taxonomy + ":" + key, hits.get(0).taxonomy() + ":" + hits.get(0).entry().key(),
                term + " -> " + hits.subList(0, Math.min(3, hits.size())));
    }
}
