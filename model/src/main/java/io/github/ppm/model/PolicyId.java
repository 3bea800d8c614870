package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a policy, e.g. {@code jinshang-consumer-finance}; part of its RDF IRIs. */
@JsonClassDescription("Identifies a policy, e.g. jinshang-consumer-finance; part of its RDF IRIs.")
public record PolicyId(@JsonValue String value) implements Identifier {
    @JsonCreator
    public PolicyId {
        Checks.slug(value, "policy id");
    }

    @Override
    public String toString() {
        return value;
    }
}
