/**
 * Diagnostics: the one record every part of ppm reports problems with (rule id, severity,
 * bilingual message, help, location), the report that collects them, and renderers for people
 * ({@code file:line:col: severity [ID] message}), JSON and SARIF 2.1.0.
 */
package io.github.ppm.core.diag;
