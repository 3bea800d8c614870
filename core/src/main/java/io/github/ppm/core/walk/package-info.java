/**
 * Generic traversal of the model: visits every record, list and value of a policy with its JSON
 * pointer, for checks that look at all objects or all texts at once (cited sections, wording rules,
 * structural diffs). Reflection-based, so not for hot paths.
 */
package io.github.ppm.core.walk;
