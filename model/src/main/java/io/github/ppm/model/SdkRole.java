package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/** The role an SDK's provider plays for the data it receives. */
@JsonClassDescription("The role an SDK's provider plays for the data it receives.")
public enum SdkRole {
    /** The provider processes for its own purposes: provision to another handler, PIPL Art. 23. */
    INDEPENDENT_HANDLER,
    /** The provider processes on the controller's behalf: entrusted processing, PIPL Art. 21. */
    ENTRUSTED_PROCESSOR
}
