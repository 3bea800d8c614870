package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/** Which processing a consent exception covers. */
@JsonClassDescription("Which processing a consent exception covers.")
public enum ExceptionScope {
    /** Collection and use (GB/T 35273-2020 §5.6). */
    COLLECTION_AND_USE,
    /** Sharing, transfer and public disclosure (GB/T 35273-2020 §9.5). */
    SHARING_TRANSFER_DISCLOSURE
}
