package io.github.ppm.core.index;

/** How a category reaches an SDK or a recipient. */
public enum Reach {
    /** Listed as such: in an SDK's {@code collects}, or in a disclosure's {@code data}. */
    DIRECT,
    /** Through a system permission the SDK asks for: the data that permission gives access to. */
    PERMISSION,
    /** Through a scenario a disclosure carries (the scenario, the steps below it, and what it collects by reference). */
    SCENARIO
}
