package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/** The rights of individuals in personal-information processing (PIPL Chapter IV, Art. 44–50, and Art. 15, 24). */
@JsonClassDescription("A right of individuals in personal-information processing, PIPL Art. 44–50, 15 and 24.")
public enum RightKind {
    /** Art. 44: to know (知情权). */
    KNOW("44"),
    /** Art. 44: to decide, restrict or refuse (决定权). */
    DECIDE("44"),
    /** Art. 45: to access and copy (查阅、复制权). */
    ACCESS_AND_COPY("45"),
    /** Art. 45 para. 3: to port data to another handler. */
    PORTABILITY("45"),
    /** Art. 46: to rectify and supplement (更正、补充权). */
    RECTIFY("46"),
    /** Art. 47: to erasure (删除权). */
    ERASE("47"),
    /** Art. 15: to withdraw consent (撤回同意). */
    WITHDRAW_CONSENT("15"),
    /** Art. 48: to an explanation of the processing rules (解释说明). */
    EXPLANATION("48"),
    /** Art. 24 para. 3: explanation of and refusal of solely automated decisions. */
    AUTOMATED_DECISION("24"),
    /** Art. 49: close relatives of a deceased person. */
    DECEASED_RELATIVES("49"),
    /** Account cancellation (注销账户), GB/T 35273-2020 §8.5; a means of Art. 47 erasure. */
    ACCOUNT_CANCELLATION("47"),
    /** Art. 50 para. 2 and Art. 65: complaint and legal action. */
    COMPLAINT("50");

    private final String article;

    RightKind(String article) {
        this.article = article;
    }

    /** The PIPL article the right rests on. */
    public String article() {
        return article;
    }
}
