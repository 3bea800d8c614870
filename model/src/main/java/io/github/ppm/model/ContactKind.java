package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/** The kind of a contact point of the controller. */
@JsonClassDescription("The kind of a contact point of the controller.")
public enum ContactKind {
    PHONE,
    EMAIL,
    ADDRESS,
    WEB,
    APP_PATH
}
