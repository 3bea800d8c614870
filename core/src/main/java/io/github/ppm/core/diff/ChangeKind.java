package io.github.ppm.core.diff;

/** What happened to an object between two versions. */
public enum ChangeKind {
    ADDED,
    REMOVED,
    CHANGED
}
