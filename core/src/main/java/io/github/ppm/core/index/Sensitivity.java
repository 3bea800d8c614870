package io.github.ppm.core.index;

import io.github.ppm.model.CategoryKey;
import io.github.ppm.model.Text;

/**
 * Why a category is sensitive personal information (PIPL Art. 28).
 *
 * @param category the category asked about
 * @param source   the taxonomy entry that makes it sensitive: the category itself or its nearest sensitive ancestor
 * @param basis    that entry's stated reason
 */
public record Sensitivity(CategoryKey category, CategoryKey source, Text basis) {
    /** True when the category is sensitive because an ancestor is. */
    public boolean inherited() {
        return !source.equals(category);
    }
}
