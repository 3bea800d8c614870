/**
 * Generates {@code schemas/policy.schema.json} from the model and checks it: against the committed
 * file, against the model's fields, and against every example and fixture.
 */
package io.github.ppm.core.schema;
