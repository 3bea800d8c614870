package io.github.ppm.core.lint;

/**
 * A piece of text of the policy (a label, note, condition ...) and where it is.
 *
 * @param pointer the JSON pointer of the text object
 * @param zh      its Chinese text
 * @param en      its English text
 */
public record TextAt(String pointer, String zh, String en) {
    /** The id of the object the text belongs to: the {@code id} next to it, when the owner has one. */
    public String owner(LintContext context) {
        return context.idAt(pointer);
    }
}
