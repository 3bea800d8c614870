package io.github.ppm.core.disclosure;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The app stores ppm writes privacy labels for. */
public enum StoreTarget {
    /** Apple's privacy manifest, {@code PrivacyInfo.xcprivacy} (an XML property list). */
    APPLE("PrivacyInfo.xcprivacy", "Apple App Store"),
    /** Google Play's Data safety form as the CSV the Play Console imports. */
    PLAY("data-safety.csv", "Google Play");

    private final String fileName;
    private final String storeName;

    StoreTarget(String fileName, String storeName) {
        this.fileName = fileName;
        this.storeName = storeName;
    }

    /** The name used on the command line and for the mapping file: {@code apple} or {@code play}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The file name the store expects. */
    public String fileName() {
        return fileName;
    }

    /** The store's name as people say it. */
    public String storeName() {
        return storeName;
    }

    public static Optional<StoreTarget> of(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
    }
}
