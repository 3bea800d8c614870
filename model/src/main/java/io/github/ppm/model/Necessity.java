package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/** Whether data is needed for the scenario (basic function) or optional (extended function). */
@JsonClassDescription("Whether data is needed for the scenario (basic function, 基本业务功能) or optional (extended function, 扩展业务功能).")
public enum Necessity {
    REQUIRED,
    OPTIONAL
}
