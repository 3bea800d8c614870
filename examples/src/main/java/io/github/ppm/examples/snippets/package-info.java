/** The Java snippets the README and docs show, compiled and run so that none of them rots. */
package io.github.ppm.examples.snippets;
