package io.kubegen.generator.types;

import com.palantir.javapoet.ClassName;
import io.kubegen.generator.model.MetaType;

/**
 * The client-runtime classes generated code refers to, by name only: building these does not load
 * the classes, so this compiles whatever state client-runtime is in.
 */
public final class RuntimeTypes {
  private static final String API = MetaType.RUNTIME_API_PACKAGE;

  public static final ClassName INT_OR_STRING = ClassName.get(API, "IntOrString");
  public static final ClassName QUANTITY = ClassName.get(API, "Quantity");
  public static final ClassName TIME = ClassName.get(API, "Time");
  public static final ClassName MICRO_TIME = ClassName.get(API, "MicroTime");
  public static final ClassName OBJECT_META = ClassName.get(API, "ObjectMeta");
  public static final ClassName LIST_META = ClassName.get(API, "ListMeta");
  public static final ClassName KUBERNETES_OBJECT = ClassName.get(API, "KubernetesObject");
  public static final ClassName KUBERNETES_LIST_OBJECT = ClassName.get(API, "KubernetesListObject");
  public static final ClassName JSON_VALUES = ClassName.get(API, "JsonValues");

  private RuntimeTypes() {}

  /** The runtime class of an apimachinery type. */
  public static ClassName of(MetaType type) {
    return ClassName.get(API, type.simpleName());
  }
}
