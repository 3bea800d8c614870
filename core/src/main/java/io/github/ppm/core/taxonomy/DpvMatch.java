package io.github.ppm.core.taxonomy;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a taxonomy entry relates to the DPV term it names. */
public enum DpvMatch {
    /** The DPV term means the same thing. */
    @JsonProperty("exact")
    EXACT,
    /** DPV has no term for it; the named term is the nearest broader one. */
    @JsonProperty("broader")
    BROADER
}
