package io.github.ppm.core.taxonomy;

/** How a search term met an entry, strongest first: the order in which results are ranked. */
public enum MatchKind {
    /** The term is the entry's key, a label, an alias or a permission name. */
    EXACT,
    /** A label or alias of the entry is part of the term (the longest one counts). */
    NAME_IN_TERM,
    /** The term is part of a label, alias or permission name of the entry. */
    TERM_IN_NAME,
    /** The term is, or is part of, one segment of the entry's dotted key. */
    KEY_SEGMENT
}
