package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * The part of the original policy a fact comes from, in the policy's own numbering:
 * {@code 一.(五).5}, {@code 三.(一).2.2.1}, or {@code 前言} for the text before section 一.
 */
@JsonClassDescription("The part of the original policy a fact comes from (出处), in the policy's own numbering: 一.(五).5, 三.(一).2.2.1, or 前言 for the text before section 一.")
public record Section(@JsonValue String value) implements Comparable<Section> {
    /** The description of every {@code source} field: one wording for the one meaning. */
    static final String AS_SOURCE = "The section of the original policy that states this.";

    private static final Pattern SHAPE = Pattern.compile(
            "前言|[一二三四五六七八九十]+(\\.\\([一二三四五六七八九十]+\\))?(\\.\\d+)*");

    @JsonCreator
    public Section {
        Checks.required(value, "source");
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException(InvalidValueException.Problem.SECTION_SHAPE, "source", value,
                    "`" + value + "` is not a section reference:"
                    + " expected the policy's numbering, e.g. `一.(五).5` or `三.(一).2.2.1`, or `前言`");
        }
    }

    /** The top-level section, e.g. {@code 一} for {@code 一.(五).5}. */
    public String top() {
        int dot = value.indexOf('.');
        return dot < 0 ? value : value.substring(0, dot);
    }

    /** True when this section is {@code other} or lies inside it. */
    public boolean isWithin(Section other) {
        return value.equals(other.value) || value.startsWith(other.value + ".");
    }

    @Override
    public int compareTo(Section other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
