package io.github.ppm.model;

/** Whether data is needed for the scenario (basic function) or optional (extended function). */
public enum Necessity {
    REQUIRED,
    OPTIONAL
}
