package io.github.ppm.core.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Chinese on an English page is marked as Chinese; a Chinese page is left as it is. */
class HtmlTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Jiguang (极光) push SDK | Jiguang (<span lang=\"zh\">极光</span>) push SDK",
        "《个人信息保护法》 Art. 13 | <span lang=\"zh\">《个人信息保护法》</span> Art. 13",
        "section 一.(五).1 | section <span lang=\"zh\">一.(五</span>).1",
        "示例 <b>公司</b> & co | <span lang=\"zh\">示例</span> &lt;b&gt;<span lang=\"zh\">公司</span>&lt;/b&gt; &amp; co",
        "no Chinese here | no Chinese here",
        "全是中文 | <span lang=\"zh\">全是中文</span>",
        "𠀀 (Ext. B) | <span lang=\"zh\">𠀀</span> (Ext. B)"})
    void chineseRunsOnEnglishPagesAreMarked(String text, String html) {
        assertEquals(html, Html.text(text, "en"));
        assertEquals(Html.escape(text), Html.text(text, "zh"));
    }
}
