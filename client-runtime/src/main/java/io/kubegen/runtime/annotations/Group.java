package io.kubegen.runtime.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The API group of a resource, as client-gen's {@code +groupName}: a DNS subdomain with at least
 * one dot, such as {@code stable.example.com}. On a package ({@code package-info.java}) it applies
 * to every resource class of the package; on a class it overrides the package's.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface Group {
  /** The group name, for example {@code stable.example.com}. */
  String value();
}
