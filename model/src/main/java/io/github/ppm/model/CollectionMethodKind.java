package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/** How an SDK collects data, as SDK lists state it (收集方式). */
@JsonClassDescription("How an SDK collects data, as SDK lists state it (收集方式).")
public enum CollectionMethodKind {
    /** The SDK collects by itself, with no user action (SDK自动采集 / SDK自行采集). */
    AUTOMATIC,
    /** On a user action such as tapping a button. */
    ON_USER_ACTION,
    /** After the user authorises it (用户授权后采集). */
    AFTER_AUTHORISATION,
    /** Captured live, e.g. a photo or video taken after authorisation (实时拍摄). */
    LIVE_CAPTURE
}
