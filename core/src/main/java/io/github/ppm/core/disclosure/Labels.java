package io.github.ppm.core.disclosure;

import io.github.ppm.model.Text;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bilingual labels of the tables: titles, headings, fixed values and the names of the
 * model's closed sets ({@code RightKind.ERASE}), from {@code labels_zh/en.properties} next to
 * this class. Placeholders are {@code {0}}, {@code {1}}, ...
 */
final class Labels {
    private static final String BUNDLE = "io.github.ppm.core.disclosure.labels";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ResourceBundle ZH = ResourceBundle.getBundle(BUNDLE, Locale.CHINESE, NO_FALLBACK);
    private static final ResourceBundle EN = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, NO_FALLBACK);

    private Labels() {
    }

    /** The label for {@code key}, with the arguments filled in (a {@link Text} argument per language). */
    static Text of(String key, Object... args) {
        return new Text(fill(ZH.getString(key), "zh", args), fill(EN.getString(key), "en", args));
    }

    /** The label of a constant of one of the model's closed sets. */
    static Text of(Enum<?> constant) {
        return of(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }

    /** One language's keys, for completeness tests. */
    static Set<String> keys(String lang) {
        return new TreeSet<>(("zh".equals(lang) ? ZH : EN).keySet());
    }

    private static String fill(String pattern, String lang, Object... args) {
        String result = pattern;
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i] instanceof Text text ? text.in(lang) : args[i];
            result = result.replace("{" + i + "}", String.valueOf(arg));
        }
        return result;
    }
}
