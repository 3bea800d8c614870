package io.github.ppm.core.guard;

import io.github.ppm.model.LegalBasis;
import io.github.ppm.model.PurposeKey;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How the guard is compiled.
 *
 * @param statutoryPurposes purposes that rest on a legal basis whatever the policy's scenarios say, with the
 *                          purposes below them: by default {@code legal-compliance} and {@code aml} rest on
 *                          {@link LegalBasis#LEGAL_DUTY} (PIPL Art. 13(3)); a consent exception on that basis
 *                          allows a flow for them
 */
public record GuardOptions(Map<LegalBasis, List<PurposeKey>> statutoryPurposes) {
    /** The defaults described above. */
    public static final GuardOptions DEFAULT = new GuardOptions(Map.of(
            LegalBasis.LEGAL_DUTY, List.of(new PurposeKey("legal-compliance"), new PurposeKey("aml"))));

    public GuardOptions {
        Map<LegalBasis, List<PurposeKey>> copy = new EnumMap<>(LegalBasis.class);
        statutoryPurposes.forEach((basis, keys) -> copy.put(basis, List.copyOf(keys)));
        statutoryPurposes = Map.copyOf(copy);
    }

    /** These options with other statutory purposes. */
    public GuardOptions withStatutoryPurposes(Map<LegalBasis, List<PurposeKey>> value) {
        return new GuardOptions(value);
    }
}
