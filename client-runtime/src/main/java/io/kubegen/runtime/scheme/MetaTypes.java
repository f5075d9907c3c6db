package io.kubegen.runtime.scheme;

import io.kubegen.runtime.api.Scale;
import io.kubegen.runtime.api.Status;

/**
 * Registers the runtime's own API types that generated code relies on, as apimachinery's {@code
 * metav1.AddToGroupVersion} and the autoscaling group do: {@link Status} as an unversioned kind
 * (recognised whatever apiVersion it arrives with) and {@link Scale} as {@code autoscaling/v1
 * Scale}, the body of every {@code /scale} subresource.
 *
 * <p>A clientset generated from a full Kubernetes API description must map these kinds to the
 * runtime classes rather than generate its own, or registering both fails with a conflict.
 */
public final class MetaTypes {
  /** The group version unversioned meta kinds are registered in, {@code v1}. */
  public static final GroupVersion UNVERSIONED = new GroupVersion("", "v1");
  public static final GroupVersion AUTOSCALING_V1 = new GroupVersion("autoscaling", "v1");

  public static final GroupVersionKind STATUS = UNVERSIONED.withKind("Status");
  public static final GroupVersionKind SCALE = AUTOSCALING_V1.withKind("Scale");

  private MetaTypes() {}

  /** Adds Status (unversioned, in v1) and autoscaling/v1 Scale to the scheme. Idempotent. */
  public static Scheme addToScheme(Scheme scheme) {
    scheme.addUnversionedTypes(UNVERSIONED, Status.class);
    scheme.addKnownType(SCALE, Scale.class);
    return scheme;
  }
}
