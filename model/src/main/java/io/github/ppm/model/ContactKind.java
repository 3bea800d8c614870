package io.github.ppm.model;

/** The kind of a contact point of the controller. */
public enum ContactKind {
    PHONE,
    EMAIL,
    ADDRESS,
    WEB,
    APP_PATH
}
