package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * A third-party SDK entry (第三方SDK) as the policy discloses it. A field the policy leaves out stays
 * absent; two stated collection methods stay two.
 */
@JsonClassDescription("A third-party SDK entry (第三方SDK) as the policy discloses it.")
public record Sdk(
        @JsonPropertyDescription("The SDK entry's id, unique in the policy.")
        @JsonProperty(required = true) SdkId id,
        @JsonPropertyDescription("The SDK's name.")
        @JsonProperty(required = true) @Valid Text label,
        @JsonPropertyDescription("The party that provides the SDK.")
        @JsonProperty(required = true) PartyId provider,
        @JsonPropertyDescription("The function type(s) as stated (功能类型); empty when not stated.")
        List<@Valid Text> functions,
        @JsonPropertyDescription("The data it collects, in groups as the entry lists them.")
        List<@Valid DataCollection> collects,
        @JsonPropertyDescription("The permissions the SDK asks for.")
        List<PermissionKey> permissions,
        @JsonPropertyDescription("Why it collects the data, as taxonomy keys.")
        List<PurposeKey> purposes,
        @JsonPropertyDescription("The stated purpose in short words (使用目的).")
        @Valid Text purposeLabel,
        @JsonPropertyDescription("How it collects the data (收集方式); two stated methods stay two.")
        List<@Valid CollectionMethod> collectionMethods,
        @JsonPropertyDescription("Whether the data is de-identified (去标识化), when stated.")
        Boolean deidentified,
        @JsonPropertyDescription("The de-identification statement, when it says more than yes or no.")
        @Valid Text deidentification,
        @JsonPropertyDescription("The provider's privacy policy, when given.")
        @Pattern(regexp = Checks.URL) String privacyPolicyUrl,
        @JsonPropertyDescription("The provider's role, when the policy says.")
        SdkRole role,
        @JsonPropertyDescription("The platforms the entry names.")
        List<Platform> platforms,
        @JsonPropertyDescription(Section.AS_SOURCE)
        @JsonProperty(required = true) Section source) {
    public Sdk {
        Checks.required(id, "id");
        Checks.required(label, "label");
        Checks.required(provider, "provider");
        functions = Checks.list(functions, "functions");
        collects = Checks.list(collects, "collects");
        permissions = Checks.list(permissions, "permissions");
        purposes = Checks.list(purposes, "purposes");
        collectionMethods = Checks.list(collectionMethods, "collectionMethods");
        platforms = Checks.list(platforms, "platforms");
        Checks.required(source, "source");
    }

    /** Every data category the SDK receives, in order, each once. */
    public List<CategoryKey> categories() {
        return collects.stream().flatMap(c -> c.categories().stream()).distinct().toList();
    }
}
