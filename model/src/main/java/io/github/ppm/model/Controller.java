package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/** The personal-information handler (个人信息处理者) that publishes the policy. */
@JsonClassDescription("The personal-information handler (个人信息处理者) that publishes the policy.")
public record Controller(
        @JsonPropertyDescription("The registered name exactly as written.")
        @JsonProperty(required = true) @NotBlank String legalName,
        @JsonPropertyDescription("A short name in both languages.")
        @JsonProperty(required = true) @Valid Text name,
        @JsonPropertyDescription("The registered address (注册地址).")
        @Valid Address registeredAddress,
        @JsonPropertyDescription("The office address (办公地址).")
        @Valid Address officeAddress,
        @JsonPropertyDescription("The ways to reach the controller.")
        List<@Valid ContactPoint> contacts,
        @JsonPropertyDescription("The contact point of the personal-information protection officer (个人信息保护负责人), if any.")
        ContactId protectionOfficer,
        @JsonPropertyDescription(Section.AS_SOURCE)
        @JsonProperty(required = true) Section source) {
    public Controller {
        Checks.required(legalName, "legalName");
        Checks.required(name, "name");
        contacts = Checks.list(contacts, "contacts");
        Checks.required(source, "source");
    }
}
