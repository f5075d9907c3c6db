package io.kubegen.input;

import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.model.EnumDef;
import io.kubegen.generator.model.ObjectDef;
import io.kubegen.generator.model.Property;
import io.kubegen.generator.model.TypeDef;
import io.kubegen.generator.model.TypeId;
import io.kubegen.generator.model.TypeRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON objects with every property a model type declares filled with a value of its type: one
 * entry in each array and map, nested objects filled in turn (recursive types stop after a few
 * levels). What a round trip through a generated model must give back unchanged.
 */
final class SampleObjects {
  private static final int MAX_DEPTH = 6;

  private final ApiModel model;

  SampleObjects(ApiModel model) {
    this.model = model;
  }

  /** A full instance of the type {@code id}. */
  Map<String, Object> of(TypeId id) {
    return object(id, 0);
  }

  private Map<String, Object> object(TypeId id, int depth) {
    Map<String, Object> json = new LinkedHashMap<>();
    TypeDef def = model.type(id).orElseThrow(() -> new IllegalArgumentException("no type " + id));
    if (!(def instanceof ObjectDef object) || depth > MAX_DEPTH) {
      return json;
    }
    for (Property p : object.properties()) {
      Object value = value(p.type(), depth + 1);
      if (value != null) {
        json.put(p.name(), value);
      }
    }
    return json;
  }

  private Object value(TypeRef ref, int depth) {
    if (ref instanceof TypeRef.PrimitiveRef p) {
      return switch (p.primitive()) {
        case STRING -> "text";
        case BOOLEAN -> true;
        case INTEGER, INT32, INT64 -> 7;
        case NUMBER, FLOAT, DOUBLE -> 1.5;
        case BYTES -> "AQID";
        case DATE_TIME -> "2024-05-01T10:00:00Z";
      };
    } else if (ref instanceof TypeRef.ArrayRef a) {
      Object item = value(a.item(), depth);
      return item == null ? null : List.of(item);
    } else if (ref instanceof TypeRef.MapRef m) {
      Object v = value(m.value(), depth);
      return v == null ? null : Map.of("key", v);
    } else if (ref instanceof TypeRef.NamedRef n) {
      TypeDef def = model.type(n.id()).orElseThrow();
      if (def instanceof EnumDef e) {
        return e.values().isEmpty() ? null : e.values().get(0);
      }
      return depth > MAX_DEPTH ? null : object(n.id(), depth);
    } else if (ref instanceof TypeRef.IntOrStringRef) {
      return "25%";
    } else if (ref instanceof TypeRef.QuantityRef) {
      return "1536Mi";
    } else if (ref instanceof TypeRef.OpaqueJsonRef o) {
      return o.shape() == TypeRef.OpaqueJsonRef.Shape.OBJECT
          ? Map.of("free", Map.of("form", List.of(1, "two")))
          : List.of("any", Map.of("json", true));
    } else if (ref instanceof TypeRef.MetaRef meta) {
      return switch (meta.type()) {
        case OBJECT_META -> Map.of("name", "sample", "namespace", "ns", "labels", Map.of("app", "x"));
        case TIME -> "2024-05-01T10:00:00Z";
        case MICRO_TIME -> "2024-05-01T10:00:00.123456Z";
        case LABEL_SELECTOR -> Map.of("matchLabels", Map.of("app", "x"));
        default -> null;
      };
    }
    return null;
  }
}
