package io.github.ppm.model;

/**
 * Thrown by a record's constructor when a value breaks the record's invariant. Carries the parts
 * of the problem separately so that readers can report it in any language.
 */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** What kind of invariant was broken. */
    public enum Problem {
        /** A required field is absent. */
        REQUIRED,
        /** An id is not a slug. */
        ID_SHAPE,
        /** A taxonomy key is not dotted lower-case. */
        KEY_SHAPE,
        /** A section reference is not in the policy's numbering. */
        SECTION_SHAPE,
        /** A list holds a null entry. */
        NULL_ENTRY,
        /** A list must not be empty. */
        EMPTY,
        /** A field is required because of another field's value. */
        REQUIRED_BY
    }

    private final Problem problem;
    private final String field;
    private final String value;

    public InvalidValueException(Problem problem, String field, String value, String message) {
        super(message);
        this.problem = problem;
        this.field = field;
        this.value = value;
    }

    public Problem problem() {
        return problem;
    }

    /** The field concerned, or the kind of value (e.g. {@code sdk id}). */
    public String field() {
        return field;
    }

    /** The offending value, or {@code null}. */
    public String value() {
        return value;
    }
}
