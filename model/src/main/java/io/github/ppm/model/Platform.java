package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/** An operating system or runtime a permission or SDK applies to. */
@JsonClassDescription("An operating system or runtime a permission or SDK applies to.")
public enum Platform {
    ANDROID,
    IOS,
    HARMONYOS,
    WEB
}
