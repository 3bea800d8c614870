/**
 * The {@code ppm} command line: one class per verb. Commands keep heavy types (Jena, validators)
 * out of their fields and signatures, because picocli reflects on every subcommand at start-up.
 */
package io.github.ppm.cli;
