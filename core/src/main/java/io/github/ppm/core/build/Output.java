package io.github.ppm.core.build;

import io.github.ppm.core.diag.Report;
import io.github.ppm.model.Text;
import java.util.Objects;

/**
 * One file a build wrote.
 *
 * @param path     its path inside the output folder, with {@code /} separators
 * @param group    the section of the index it is listed in, e.g. 表格 / Tables
 * @param title    what it is, e.g. 个人信息收集清单 / Personal information collection list
 * @param variant  which form of it this file is, e.g. {@code zh · HTML}
 * @param findings what the producer found while making it (empty when nothing)
 */
public record Output(String path, Text group, Text title, String variant, Report findings) {
    public Output {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(findings, "findings");
    }
}
