package io.kubegen.generator.naming;

/**
 * The Java names of one JSON property.
 *
 * @param jsonName the name on the wire, unchanged
 * @param field the field and parameter name ({@code xFoo}, {@code class_})
 * @param getter {@code getXFoo}
 * @param setter {@code setXFoo}
 * @param wither {@code withXFoo}, the fluent setter
 */
public record PropertyName(String jsonName, String field, String getter, String setter, String wither) {}
