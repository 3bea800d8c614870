package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * The personal-information handler (个人信息处理者) that publishes the policy.
 *
 * @param legalName         the registered name exactly as written
 * @param name              a short name in both languages
 * @param protectionOfficer the contact point of the personal-information protection officer, if any
 */
public record Controller(
        @JsonProperty(required = true) @NotBlank String legalName,
        @JsonProperty(required = true) @Valid Text name,
        @Valid Address registeredAddress,
        @Valid Address officeAddress,
        List<@Valid ContactPoint> contacts,
        ContactId protectionOfficer,
        @JsonProperty(required = true) Section source) {
    public Controller {
        Checks.required(legalName, "legalName");
        Checks.required(name, "name");
        contacts = Checks.list(contacts, "contacts");
        Checks.required(source, "source");
    }
}
