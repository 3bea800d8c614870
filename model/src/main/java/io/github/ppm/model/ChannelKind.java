package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/** A way to reach the controller or to exercise a right. */
@JsonClassDescription("A way to reach the controller or to exercise a right.")
public enum ChannelKind {
    /** A path inside the app, e.g. 我的-帮助与反馈-账户注销. */
    APP_PATH,
    /** A customer-service hotline. */
    HOTLINE,
    /** Online or in-app customer service. */
    CUSTOMER_SERVICE,
    /** The device's own settings. */
    DEVICE_SETTINGS,
    /** Reply or unsubscribe by SMS. */
    SMS,
    /** Say so on a phone call. */
    PHONE_CALL,
    /** A WeChat official account. */
    WECHAT,
    EMAIL,
    WEB,
    POST
}
