package io.github.ppm.core.diff;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One field of an object that differs.
 *
 * @param path   the field's JSON pointer in the new version (the old one for a removed object)
 * @param before its value before, or {@code null} when absent
 * @param after  its value after, or {@code null} when absent
 */
public record FieldChange(String path, JsonNode before, JsonNode after) {
}
