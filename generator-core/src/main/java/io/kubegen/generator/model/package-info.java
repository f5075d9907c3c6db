/**
 * The intermediate model: what readers (OpenAPI, CRD YAML, annotated POJOs) produce and what
 * emitters consume. Immutable records, no I/O, no JavaPoet: collections are copied and checked in
 * compact constructors, and misuse fails fast with a message naming the argument.
 *
 * <p>Conventions: optional text (descriptions, defaults, paths) is the empty string when absent,
 * never {@code null}; collections are never {@code null}; order is deterministic (groups sorted by
 * name, versions by Kubernetes version priority, resources by kind, types by name, properties and
 * enum values in input order).
 */
package io.kubegen.generator.model;
