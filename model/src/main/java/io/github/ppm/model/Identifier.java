package io.github.ppm.model;

/** An id unique among the objects of one kind in one policy: lower-case words joined by hyphens. */
public interface Identifier {
    String value();
}
