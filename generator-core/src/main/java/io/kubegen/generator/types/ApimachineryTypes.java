package io.kubegen.generator.types;

import io.kubegen.generator.model.MetaType;
import io.kubegen.generator.model.Primitive;
import io.kubegen.generator.model.TypeRef;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * OpenAPI definition names (v2 {@code definitions}, v3 {@code components.schemas}) that name
 * apimachinery types, and the {@link TypeRef} a reader puts where a schema refers to one. Readers
 * use this instead of turning these definitions into model types, so generated code shares the
 * runtime's classes. No JavaPoet in this API: readers may use it.
 */
public final class ApimachineryTypes {
  private static final String META = "io.k8s.apimachinery.pkg.apis.meta.v1.";

  /**
   * The {@code pattern} that controller-gen writes next to {@code x-kubernetes-int-or-string} for
   * a {@code resource.Quantity}: in a CRD schema, the only thing that tells a Quantity from an
   * IntOrString. Writers of CRDs emit it, readers recognize it.
   */
  public static final String QUANTITY_PATTERN = "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))"
      + "(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$";

  private static final Map<String, TypeRef> TABLE =
      Map.ofEntries(
          Map.entry(META + "ObjectMeta", TypeRef.meta(MetaType.OBJECT_META)),
          Map.entry(META + "ListMeta", TypeRef.meta(MetaType.LIST_META)),
          Map.entry(META + "Status", TypeRef.meta(MetaType.STATUS)),
          Map.entry(META + "StatusDetails", TypeRef.meta(MetaType.STATUS_DETAILS)),
          Map.entry(META + "StatusCause", TypeRef.meta(MetaType.STATUS_CAUSE)),
          Map.entry(META + "Time", TypeRef.meta(MetaType.TIME)),
          Map.entry(META + "MicroTime", TypeRef.meta(MetaType.MICRO_TIME)),
          Map.entry(META + "LabelSelector", TypeRef.meta(MetaType.LABEL_SELECTOR)),
          Map.entry(META + "OwnerReference", TypeRef.meta(MetaType.OWNER_REFERENCE)),
          Map.entry(META + "ManagedFieldsEntry", TypeRef.meta(MetaType.MANAGED_FIELDS_ENTRY)),
          Map.entry(META + "DeleteOptions", TypeRef.meta(MetaType.DELETE_OPTIONS)),
          Map.entry(META + "WatchEvent", TypeRef.meta(MetaType.WATCH_EVENT)),
          Map.entry(META + "FieldsV1", TypeRef.OBJECT_JSON),
          Map.entry(META + "Patch", TypeRef.ANY_JSON),
          Map.entry("io.k8s.apimachinery.pkg.runtime.RawExtension", TypeRef.ANY_JSON),
          Map.entry("io.k8s.apimachinery.pkg.util.intstr.IntOrString", TypeRef.INT_OR_STRING),
          Map.entry("io.k8s.apimachinery.pkg.api.resource.Quantity", TypeRef.QUANTITY),
          Map.entry(
              "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON", TypeRef.ANY_JSON),
          Map.entry("io.k8s.api.autoscaling.v1.Scale", TypeRef.meta(MetaType.SCALE)),
          Map.entry("io.k8s.api.autoscaling.v1.ScaleSpec", TypeRef.meta(MetaType.SCALE_SPEC)),
          Map.entry("io.k8s.api.autoscaling.v1.ScaleStatus", TypeRef.meta(MetaType.SCALE_STATUS)));

  private ApimachineryTypes() {}

  /**
   * The reference to use for an OpenAPI definition name, for example {@code
   * io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta}; empty when the definition is not one the
   * runtime provides (the reader then defines it in the model).
   */
  public static Optional<TypeRef> forDefinition(String definitionName) {
    return Optional.ofNullable(TABLE.get(definitionName));
  }

  /** The definition names this table knows, for readers that list what they skip. */
  public static Set<String> definitionNames() {
    return TABLE.keySet();
  }

  /**
   * The reference for a scalar schema: {@code type}, {@code format} and the Kubernetes extension
   * {@code x-kubernetes-int-or-string}. Empty for non-scalar types.
   */
  public static Optional<TypeRef> forScalar(String type, String format, boolean intOrString) {
    if (intOrString || "int-or-string".equals(format)) {
      return Optional.of(TypeRef.INT_OR_STRING);
    }
    if (type == null) {
      return Optional.empty();
    }
    return Primitive.fromOpenApi(type, format).map(TypeRef::primitive);
  }
}
