package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/** The event that ends a retention period (GB/T 35273-2020 §6.1, PIPL Art. 47). */
@JsonClassDescription("The event that ends a retention period, GB/T 35273-2020 §6.1 and PIPL Art. 47.")
public enum RetentionTrigger {
    ACCOUNT_CANCELLATION,
    DELETION_REQUEST,
    PURPOSE_FULFILLED,
    CONSENT_WITHDRAWN,
    SERVICE_ENDED,
    VERIFICATION_DONE,
    OPERATION_CEASED
}
