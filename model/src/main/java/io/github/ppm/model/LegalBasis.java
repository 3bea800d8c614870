package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/** The legal bases for processing personal information, PIPL Art. 13 para. 1. */
@JsonClassDescription("A legal basis for processing personal information, PIPL Art. 13 para. 1.")
public enum LegalBasis {
    /** Art. 13(1): the individual's consent. */
    CONSENT("13(1)"),
    /** Art. 13(2): necessary to conclude or perform a contract the individual is party to, or for HR management. */
    CONTRACT("13(2)"),
    /** Art. 13(3): necessary to perform statutory duties or obligations. */
    LEGAL_DUTY("13(3)"),
    /** Art. 13(4): public-health emergency, or protecting life, health and property in an emergency. */
    EMERGENCY("13(4)"),
    /** Art. 13(5): news reporting and public-opinion supervision in the public interest. */
    NEWS_REPORTING("13(5)"),
    /** Art. 13(6): information the individual made public or otherwise lawfully public, within reason. */
    PUBLIC_INFORMATION("13(6)"),
    /** Art. 13(7): other cases provided by laws and administrative regulations. */
    OTHER_LAW("13(7)");

    private final String article;

    LegalBasis(String article) {
        this.article = article;
    }

    /** The clause of PIPL Art. 13, e.g. {@code 13(3)}. */
    public String article() {
        return article;
    }
}
