package io.github.ppm.core.index;

/** Which step of the purpose rule supplied a data group's effective purposes. */
public enum PurposeStep {
    /** The group states purposes of its own. */
    OWN,
    /** The scenario or SDK the group belongs to states them. */
    OWNER,
    /** Neither does; the nearest enclosing scenario ({@code parent}, transitively) that states some. */
    PARENT_SCENARIO,
    /** Nothing up the chain states a purpose. */
    NONE
}
