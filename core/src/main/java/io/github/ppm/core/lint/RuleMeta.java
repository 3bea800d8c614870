package io.github.ppm.core.lint;

import io.github.ppm.core.diag.Messages;
import io.github.ppm.core.diag.Severity;
import io.github.ppm.model.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule is, independent of any policy. The title and the legal source come from the message
 * catalogue ({@code ID.title}, {@code ID.source}) so that both languages are checked for completeness.
 *
 * @param id          stable id, never reused: {@code PIPL-13-BASES}, {@code AM-6.3}, {@code CONSIST-LINKS}
 * @param severity    the default severity
 * @param group       the topic, for the index
 * @param reliability how the source text was obtained
 * @param since       the ppm version that introduced the rule
 */
public record RuleMeta(String id, Severity severity, RuleGroup group, Reliability reliability, String since) {
    /** Upper-case words, digits and dots joined by hyphens; a lower-case letter may end a clause number. */
    public static final Pattern ID_SHAPE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Za-z0-9.]+)+");

    public RuleMeta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(reliability, "reliability");
        Objects.requireNonNull(since, "since");
        if (!ID_SHAPE.matcher(id).matches()) {
            throw new IllegalArgumentException("not a rule id: " + id);
        }
        if (severity == Severity.ERROR && reliability != Reliability.VERBATIM) {
            // An error claims a binding text is contradicted; that needs the text itself.
            throw new IllegalArgumentException(id + ": an error rule needs a verbatim source");
        }
    }

    /** A short title in both languages. */
    public Text title() {
        return Messages.of(id + ".title");
    }

    /** The legal source, cited precisely, in both languages. */
    public Text source() {
        return Messages.of(id + ".source");
    }

    /** The classpath resource of the rule's doc page. */
    public String docResource() {
        return "/rules/" + id + ".md";
    }

    /** The rule's doc page, Markdown: what {@code ppm rules ID} prints and SARIF gives as the rule's help. */
    public String page() {
        try (InputStream in = RuleMeta.class.getResourceAsStream(docResource())) {
            if (in == null) {
                throw new IllegalStateException("missing doc page " + docResource());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
