package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * A kind of policy change that needs notice and fresh consent (PIPL Art. 14 para. 2 and Art. 17;
 * GB/T 35273-2020 Annex D).
 */
@JsonClassDescription("A kind of policy change that needs notice and fresh consent, PIPL Art. 14 para. 2 and Art. 17; GB/T 35273-2020 Annex D.")
public enum MaterialChangeKind {
    /** The handler's name or contact details (PIPL Art. 17(1)). */
    CONTROLLER_IDENTITY_OR_CONTACT,
    /** Purposes of processing (PIPL Art. 14, 17(2)). */
    PURPOSE,
    /** Methods of processing (PIPL Art. 14, 17(2)). */
    PROCESSING_METHOD,
    /** Categories of personal information (PIPL Art. 14, 17(2)). */
    DATA_CATEGORIES,
    /** Retention periods (PIPL Art. 17(2)). */
    RETENTION,
    /** Who data is shared with, transferred to or disclosed to (GB/T 35273 Annex D). */
    RECIPIENTS,
    /** How and by what procedure rights are exercised (PIPL Art. 17(3)). */
    RIGHTS_EXERCISE,
    /** Control of the handler: merger, reorganisation (GB/T 35273 Annex D). */
    CONTROL,
    /** The service model as a whole. */
    SERVICE_MODEL,
    /** The department responsible for personal information, its contact or complaint channel. */
    RESPONSIBLE_DEPARTMENT,
    /** An impact assessment shows high risk. */
    HIGH_RISK_ASSESSMENT
}
