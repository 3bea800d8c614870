package io.github.ppm.model;

/** An operating system or runtime a permission or SDK applies to. */
public enum Platform {
    ANDROID,
    IOS,
    HARMONYOS,
    WEB
}
