package io.kubegen.runtime.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The API server keeps fields the schema does not declare ({@code
 * x-kubernetes-preserve-unknown-fields: true}) in this object, or in the object this property
 * holds. Properties of type {@code Object} or {@code Map<String, Object>} get it without asking.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface PreserveUnknownFields {}
