package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * The ground a consent exception states. Policies word their exceptions after PIPL Art. 13 or after
 * the older list of GB/T 35273-2020 §5.6 a)–k) (and §9.5 for sharing); each ground knows the PIPL
 * basis it falls under, or {@code null} where PIPL offers none.
 */
@JsonClassDescription("The ground a consent exception states, after PIPL Art. 13 or after GB/T 35273-2020 §5.6 a)–k).")
public enum ExceptionGround {
    /** PIPL Art. 13(2). */
    PIPL_CONTRACT(LegalBasis.CONTRACT, "PIPL 13(2)"),
    /** PIPL Art. 13(3). */
    PIPL_LEGAL_DUTY(LegalBasis.LEGAL_DUTY, "PIPL 13(3)"),
    /** PIPL Art. 13(4). */
    PIPL_EMERGENCY(LegalBasis.EMERGENCY, "PIPL 13(4)"),
    /** PIPL Art. 13(5). */
    PIPL_NEWS_REPORTING(LegalBasis.NEWS_REPORTING, "PIPL 13(5)"),
    /** PIPL Art. 13(6). */
    PIPL_PUBLIC_INFORMATION(LegalBasis.PUBLIC_INFORMATION, "PIPL 13(6)"),
    /** PIPL Art. 13(7). */
    PIPL_OTHER_LAW(LegalBasis.OTHER_LAW, "PIPL 13(7)"),
    /** GB/T 35273-2020 §5.6 a): the controller's obligations under laws and regulations; PIPL 13(3). */
    GBT_LEGAL_OBLIGATION(LegalBasis.LEGAL_DUTY, "GB/T 35273-2020 5.6 a)"),
    /** §5.6 b): national security and defence; only as a statutory duty, PIPL 13(3). */
    GBT_NATIONAL_SECURITY(LegalBasis.LEGAL_DUTY, "GB/T 35273-2020 5.6 b)"),
    /** §5.6 c): public safety, public health, major public interest; PIPL 13(3) or 13(4). */
    GBT_PUBLIC_INTEREST(LegalBasis.LEGAL_DUTY, "GB/T 35273-2020 5.6 c)"),
    /** §5.6 d): criminal investigation, prosecution, trial, enforcement; PIPL 13(3). */
    GBT_CRIMINAL_PROCEEDINGS(LegalBasis.LEGAL_DUTY, "GB/T 35273-2020 5.6 d)"),
    /** §5.6 e): life, property and similar major interests when consent is hard to get; PIPL 13(4) only in an emergency. */
    GBT_VITAL_INTERESTS(LegalBasis.EMERGENCY, "GB/T 35273-2020 5.6 e)"),
    /** §5.6 f): information the subject disclosed to the public; PIPL 13(6). */
    GBT_SELF_DISCLOSED(LegalBasis.PUBLIC_INFORMATION, "GB/T 35273-2020 5.6 f)"),
    /** §5.6 g): contract at the subject's request; PIPL 13(2). */
    GBT_CONTRACT(LegalBasis.CONTRACT, "GB/T 35273-2020 5.6 g)"),
    /** §5.6 h): lawfully disclosed information such as news reports; PIPL 13(6). */
    GBT_LAWFULLY_DISCLOSED(LegalBasis.PUBLIC_INFORMATION, "GB/T 35273-2020 5.6 h)"),
    /** §5.6 i): secure and stable operation of the product or service; no PIPL basis. */
    GBT_SERVICE_SECURITY(null, "GB/T 35273-2020 5.6 i)"),
    /** §5.6 j): a news organisation's lawful reporting; PIPL 13(5). */
    GBT_NEWS_ORGANISATION(LegalBasis.NEWS_REPORTING, "GB/T 35273-2020 5.6 j)"),
    /** §5.6 k): an academic institution's public-interest research; no PIPL basis. */
    GBT_ACADEMIC_RESEARCH(null, "GB/T 35273-2020 5.6 k)");

    private final LegalBasis piplBasis;
    private final String citation;

    ExceptionGround(LegalBasis piplBasis, String citation) {
        this.piplBasis = piplBasis;
        this.citation = citation;
    }

    /** The PIPL Art. 13 basis this ground falls under, or {@code null} when PIPL has none. */
    public LegalBasis piplBasis() {
        return piplBasis;
    }

    /** Where the ground is written, e.g. {@code GB/T 35273-2020 5.6 i)}. */
    public String citation() {
        return citation;
    }
}
