package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/** How personal information leaves the controller. */
@JsonClassDescription("How personal information leaves the controller: SHARE (共享), TRANSFER (转让), PUBLIC_DISCLOSURE (公开披露) or ENTRUSTED (委托处理).")
public enum DisclosureKind {
    /** Provision to another handler, PIPL Art. 23 (共享/对外提供). */
    SHARE,
    /** Transfer on merger, division, dissolution or bankruptcy, PIPL Art. 22 (转让). */
    TRANSFER,
    /** Public disclosure, PIPL Art. 25 (公开披露). */
    PUBLIC_DISCLOSURE,
    /** Entrusted processing by a processor, PIPL Art. 21 (委托处理). */
    ENTRUSTED
}
