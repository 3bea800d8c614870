/**
 * The derived facts of a validated policy, compiled once: each data group's effective purposes and
 * the step that supplied them, the scenario tree, what each SDK and recipient receives (directly,
 * through a permission, through a carried scenario), what each disclosure carries, the taxonomy
 * closure, sensitivity and why, and where every object is. Every output reads these facts here;
 * none derives them itself. The rules are documented once, in {@code docs/semantics.md}.
 */
package io.github.ppm.core.index;
