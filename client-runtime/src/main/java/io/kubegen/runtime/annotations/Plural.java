package io.kubegen.runtime.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The resource name in URLs, as client-gen's {@code +resourceName}: a lower-case DNS label such
 * as {@code crontabs}. The default is the kind's plural by client-gen's rules, lower-cased
 * ({@code NetworkPolicy} → {@code networkpolicies}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Plural {
  String value();
}
