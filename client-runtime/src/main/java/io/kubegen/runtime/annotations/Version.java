package io.kubegen.runtime.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a class a resource of this API version ({@code v1}, {@code v1alpha1}, {@code v2beta3}).
 * Several classes of one group and kind with different versions are the versions of one
 * CustomResourceDefinition; mark the one the API server stores with {@link Storage}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Version {
  /** The version name: {@code v<major>}, optionally followed by {@code alpha<n>} or {@code beta<n>}. */
  String value();
}
