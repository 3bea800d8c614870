/**
 * Builds everything ppm makes for one policy into one folder, with an {@code index.html} linking
 * it all: {@link io.github.ppm.core.build.Build} runs a list of
 * {@link io.github.ppm.core.build.OutputProducer}s (validation report, disclosure tables, store
 * labels; more can be added) and collects what they wrote.
 */
package io.github.ppm.core.build;
