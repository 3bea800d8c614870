package io.github.ppm.core.disclosure;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The tables ppm makes from a policy. */
public enum TableKind {
    /** 个人信息收集清单: one row per group of data a scenario collects. */
    COLLECTION,
    /** 第三方信息共享清单: one row per SDK and per disclosure to a third party. */
    SHARING,
    /** The SDK list in the shape Chinese policies print it. */
    SDKS,
    /** System permissions, the data they reach and why. */
    PERMISSIONS,
    /** Retention periods and what happens after. */
    RETENTION,
    /** The rights of the individual and how to exercise them. */
    RIGHTS,
    /** Business scenarios (业务场景) with everything they involve. */
    SCENARIOS;

    /** The name used on the command line and in file names, e.g. {@code collection}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code id}, if any. */
    public static Optional<TableKind> of(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
    }
}
