/**
 * Random but valid policies, deterministic from a seed: {@link io.github.ppm.core.generate.PolicyGenerator}
 * feeds property-based tests (round trips, exporters) and, later, {@code ppm generate}.
 */
package io.github.ppm.core.generate;
