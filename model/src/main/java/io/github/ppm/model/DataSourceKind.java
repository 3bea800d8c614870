package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/** Where collected data comes from (DPV data sources). */
@JsonClassDescription("Where collected data comes from (DPV data sources).")
public enum DataSourceKind {
    /** The individual provides it. */
    DATA_SUBJECT,
    /** Observed on the device or from use of the service. */
    OBSERVED,
    /** Received from a third party (partners, credit bureaus, platforms). */
    THIRD_PARTY,
    /** Derived or inferred by the controller (scores, assessments). */
    DERIVED,
    /** Publicly available. */
    PUBLIC
}
