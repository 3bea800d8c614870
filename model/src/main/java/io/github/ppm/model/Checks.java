package io.github.ppm.model;

import java.util.List;
import java.util.regex.Pattern;

/** Invariant checks shared by the compact constructors of the model records. */
final class Checks {
    /** Lower-case words joined by single hyphens: {@code sdk-jiguang-push}. */
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Dotted taxonomy key, each segment a slug: {@code device.identifier.imei}. */
    static final Pattern DOTTED = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*");
    /**
     * A web address: {@code http(s)://} and no white space, white space as JSON Schema's regex
     * ({@code \s} of ECMA-262) has it, which also counts the no-break and wide spaces that Java's
     * {@code \s} leaves out; so the model and the schema refuse the same addresses.
     */
    static final String URL = "https?://[^\\s\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]+";
    static final int MAX_ID_LENGTH = 80;
    static final int MAX_KEY_LENGTH = 120;

    private Checks() {
    }

    /** An absent list is empty; a present one is copied and must not hold nulls. */
    static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (T value : values) {
            if (value == null) {
                throw new InvalidValueException(InvalidValueException.Problem.NULL_ENTRY, field, null,
                        "`" + field + "` must not contain null entries");
            }
        }
        return List.copyOf(values);
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(InvalidValueException.Problem.REQUIRED, field, null,
                    "`" + field + "` is required");
        }
        return value;
    }

    static <T> List<T> nonEmpty(List<T> values, String field) {
        List<T> copy = list(values, field);
        if (copy.isEmpty()) {
            throw new InvalidValueException(InvalidValueException.Problem.EMPTY, field, null,
                    "`" + field + "` must not be empty");
        }
        return copy;
    }

    static String slug(String value, String what) {
        return matching(value, SLUG, MAX_ID_LENGTH, what, InvalidValueException.Problem.ID_SHAPE,
                "lower-case letters and digits joined by single hyphens, e.g. `sdk-jiguang-push`");
    }

    static String dotted(String value, String what) {
        return matching(value, DOTTED, MAX_KEY_LENGTH, what, InvalidValueException.Problem.KEY_SHAPE,
                "dotted lower-case segments, e.g. `device.identifier.imei`");
    }

    private static String matching(String value, Pattern pattern, int maxLength, String what,
            InvalidValueException.Problem problem, String shape) {
        required(value, what);
        if (value.length() > maxLength || !pattern.matcher(value).matches()) {
            throw new InvalidValueException(problem, what, value,
                    "`" + value + "` is not a valid " + what + ": expected " + shape);
        }
        return value;
    }
}
