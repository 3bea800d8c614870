package io.github.ppm.core.inventory;

/**
 * A Maven/Gradle artifact found in a dependency list.
 *
 * @param group    the group id
 * @param artifact the artifact id
 * @param version  the version resolved, or as written; empty when none was given
 * @param line     the line of the dependency list it is on
 */
public record Coordinate(String group, String artifact, String version, int line) {
    /** {@code group:artifact:version}, or {@code group:artifact}. */
    @Override
    public String toString() {
        return group + ":" + artifact + (version.isEmpty() ? "" : ":" + version);
    }
}
