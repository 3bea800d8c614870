package io.github.ppm.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * A third-party SDK entry (第三方SDK) as the policy discloses it. A field the policy leaves out stays
 * absent; two stated collection methods stay two.
 *
 * @param functions         the function type(s) as stated (功能类型); empty when not stated
 * @param permissions       the permissions the SDK asks for
 * @param purposeLabel      the stated purpose in short words
 * @param deidentified      whether the data is de-identified, when stated
 * @param deidentification  the de-identification statement, when it says more than yes/no
 * @param privacyPolicyUrl  the provider's privacy policy, when given
 * @param role              the provider's role, when the policy says
 */
public record Sdk(
        @JsonProperty(required = true) SdkId id,
        @JsonProperty(required = true) @Valid Text label,
        @JsonProperty(required = true) PartyId provider,
        List<@Valid Text> functions,
        List<@Valid DataCollection> collects,
        List<PermissionKey> permissions,
        List<PurposeKey> purposes,
        @Valid Text purposeLabel,
        List<@Valid CollectionMethod> collectionMethods,
        Boolean deidentified,
        @Valid Text deidentification,
        @Pattern(regexp = "https?://\\S+") String privacyPolicyUrl,
        SdkRole role,
        List<Platform> platforms,
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
