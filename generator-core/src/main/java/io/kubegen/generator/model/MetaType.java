package io.kubegen.generator.model;

/**
 * The apimachinery types that generated code takes from client-runtime instead of generating. Each
 * constant names its runtime class (in {@code io.kubegen.runtime.api}) as a string, so the model
 * does not depend on those classes existing; the definition-name table that readers use lives in
 * {@code io.kubegen.generator.types.ApimachineryTypes}.
 */
public enum MetaType {
  OBJECT_META("ObjectMeta"),
  LIST_META("ListMeta"),
  STATUS("Status"),
  STATUS_DETAILS("StatusDetails"),
  STATUS_CAUSE("StatusCause"),
  TIME("Time"),
  MICRO_TIME("MicroTime"),
  LABEL_SELECTOR("LabelSelector"),
  OWNER_REFERENCE("OwnerReference"),
  MANAGED_FIELDS_ENTRY("ManagedFieldsEntry"),
  DELETE_OPTIONS("DeleteOptions"),
  /** Generic in the runtime ({@code WatchEvent<T>}); emitters parameterize it. */
  WATCH_EVENT("WatchEvent"),
  SCALE("Scale"),
  SCALE_SPEC("ScaleSpec"),
  SCALE_STATUS("ScaleStatus");

  /** The runtime package every constant lives in. */
  public static final String RUNTIME_API_PACKAGE = "io.kubegen.runtime.api";

  private final String simpleName;

  MetaType(String simpleName) {
    this.simpleName = simpleName;
  }

  /** Simple name of the runtime class, for example {@code ObjectMeta}. */
  public String simpleName() {
    return simpleName;
  }

  /** Fully qualified name of the runtime class. */
  public String qualifiedName() {
    return RUNTIME_API_PACKAGE + "." + simpleName;
  }
}
