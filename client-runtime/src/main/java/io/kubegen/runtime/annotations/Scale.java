package io.kubegen.runtime.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The resource serves the {@code scale} subresource, read and written as autoscaling/v1 Scale.
 * The paths are JSON paths into the object, as in a CRD's {@code subresources.scale}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Scale {
  /** Where the desired replicas live, for example {@code .spec.replicas}. */
  String specReplicasPath() default ".spec.replicas";

  /** Where the observed replicas live, for example {@code .status.replicas}. */
  String statusReplicasPath() default ".status.replicas";

  /** Where the serialized label selector lives, or empty for none. */
  String labelSelectorPath() default "";
}
