/**
 * The built-in taxonomies with dotted keys — data categories, purposes, permissions, party kinds,
 * security measures — with zh/en labels, PIPL sensitivity and their W3C DPV terms; loaded from
 * {@code schemas/taxonomy/*.yaml} on the classpath, extended by a policy's own entries, and searched
 * by the words policies print ({@link io.github.ppm.core.taxonomy.TaxonomySearch}).
 */
package io.github.ppm.core.taxonomy;
