/**
 * Small programs that show how tools use ppm, each runnable with
 * {@code ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=io.github.ppm.examples.<Name>}.
 */
package io.github.ppm.examples;
