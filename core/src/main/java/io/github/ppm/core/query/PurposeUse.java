package io.github.ppm.core.query;

import io.github.ppm.model.PurposeKey;
import io.github.ppm.model.Section;

/**
 * A purpose a data category is used for, and where the policy says so.
 *
 * @param purpose the purpose
 * @param via     the id of the scenario, SDK, permission or disclosure that states it
 * @param source  the section
 */
public record PurposeUse(PurposeKey purpose, String via, Section source) {
}
