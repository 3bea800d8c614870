/**
 * Reading and writing policies (and other ppm documents) as YAML and JSON. Reading is strict and
 * hardened: unknown fields, duplicate keys, wrong types, aliases, oversized or over-deep input are
 * diagnostics with file, line, column and JSON pointer, never exceptions. Writing is deterministic.
 */
package io.github.ppm.core.io;
