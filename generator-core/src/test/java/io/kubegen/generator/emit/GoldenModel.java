package io.kubegen.generator.emit;

import io.kubegen.generator.model.ApiGroup;
import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.model.ApiVersion;
import io.kubegen.generator.model.EnumDef;
import io.kubegen.generator.model.ListType;
import io.kubegen.generator.model.MetaType;
import io.kubegen.generator.model.ObjectDef;
import io.kubegen.generator.model.Primitive;
import io.kubegen.generator.model.Property;
import io.kubegen.generator.model.Resource;
import io.kubegen.generator.model.Scope;
import io.kubegen.generator.model.Subresource;
import io.kubegen.generator.model.TypeId;
import io.kubegen.generator.model.TypeRef;
import io.kubegen.generator.model.Verb;
import java.util.List;
import java.util.Optional;

/**
 * The hand-built model of the golden tests: a namespaced {@code Widget} with status and scale in
 * {@code example.com/v1}, a cluster-scoped {@code Gadget} in the core group, and {@code Oddity},
 * a type with hostile names, values and descriptions.
 */
final class GoldenModel {
  static final String GROUP = "example.com";
  /** A description that tries to end the comment, inject tags, HTML and format strings. */
  static final String HOSTILE =
      "Ends */ here. A \\u000a escape, \\u002a/ too.\n@see java.lang.Runtime {@code x} <b>bold</b> & $L $S %s \"q\" na\u00efve";

  private GoldenModel() {}

  static ApiModel model() {
    return ApiModel.of(List.of(example(), core()));
  }

  private static TypeRef ex(String name) {
    return TypeRef.named(GROUP, "v1", name);
  }

  static ApiGroup example() {
    Resource widgets =
        Resource.builder(GROUP, "v1", "Widget", "widgets")
            .singular("widget")
            .shortNames(List.of("wd"))
            .verbs(Verb.values())
            .subresource(Subresource.Status.standard())
            .subresource(Subresource.Scale.standard(".spec.replicas", ".status.replicas", ".status.selector"))
            .build();
    ObjectDef widget =
        new ObjectDef(
            "Widget",
            "A Widget is a namespaced thing with status and scale.",
            List.of(
                Property.of("apiVersion", TypeRef.STRING),
                Property.of("kind", TypeRef.STRING),
                Property.of("metadata", TypeRef.meta(MetaType.OBJECT_META)),
                Property.of("spec", ex("WidgetSpec")),
                Property.of("status", ex("WidgetStatus"))),
            Optional.empty(),
            false,
            false);
    ObjectDef spec =
        ObjectDef.of(
            "WidgetSpec",
            List.of(
                Property.builder("replicas", TypeRef.INT32)
                    .description("Desired number of widgets.")
                    .defaultJson("1")
                    .build(),
                Property.of("selector", TypeRef.meta(MetaType.LABEL_SELECTOR)),
                Property.builder("size", TypeRef.QUANTITY).required(true).build(),
                Property.of("port", TypeRef.INT_OR_STRING),
                Property.of("since", TypeRef.primitive(Primitive.DATE_TIME)),
                Property.of("ratio", TypeRef.primitive(Primitive.NUMBER)),
                Property.of("payload", TypeRef.primitive(Primitive.BYTES)),
                Property.of("secrets", TypeRef.mapOf(TypeRef.primitive(Primitive.BYTES))),
                Property.of("labels", TypeRef.mapOf(TypeRef.STRING)),
                Property.builder("ports", TypeRef.arrayOf(ex("WidgetPort")))
                    .listType(ListType.MAP)
                    .listMapKeys(List.of("name"))
                    .build(),
                Property.of("matrix", TypeRef.arrayOf(TypeRef.arrayOf(ex("WidgetPort")))),
                Property.of("config", TypeRef.OBJECT_JSON),
                Property.of("anything", TypeRef.ANY_JSON),
                Property.builder("mode", ex("WidgetMode")).defaultJson("\"Fast\"").build(),
                Property.of("limits", ex("Limits"))));
    ObjectDef port =
        ObjectDef.of(
            "WidgetPort",
            List.of(
                Property.builder("name", TypeRef.STRING).required(true).build(),
                Property.of("port", TypeRef.INT32)));
    ObjectDef status =
        ObjectDef.of(
            "WidgetStatus",
            List.of(
                Property.of("replicas", TypeRef.INT32),
                Property.of("selector", TypeRef.STRING),
                Property.of("observedGeneration", TypeRef.INT64),
                Property.of("phase", ex("WidgetMode"))));
    EnumDef mode = new EnumDef("WidgetMode", "How fast a widget runs.", List.of("Fast", "Slow"), false);
    ObjectDef limits =
        new ObjectDef(
            "Limits",
            "Named quantities; any name is allowed.",
            List.of(Property.of("default", TypeRef.QUANTITY)),
            Optional.of(TypeRef.QUANTITY),
            false,
            false);
    ObjectDef oddity =
        new ObjectDef(
            "Oddity",
            HOSTILE,
            List.of(
                Property.of("class", TypeRef.STRING),
                Property.builder("default", TypeRef.INT32).description("*/ @deprecated not really").build(),
                Property.of("x-foo", TypeRef.STRING),
                Property.of("xFoo", TypeRef.STRING),
                Property.of("_", TypeRef.BOOLEAN),
                Property.of("9lives", TypeRef.STRING),
                Property.of("$ref", TypeRef.STRING),
                Property.of("additionalProperties", TypeRef.STRING),
                Property.of("odd", ex("OddValues")),
                Property.builder("raw", TypeRef.OBJECT_JSON)
                    .description("Kept as JSON (x-kubernetes-preserve-unknown-fields).")
                    .build(),
                Property.builder("old", TypeRef.STRING)
                    .description("Use class instead.")
                    .deprecated(true)
                    .build(),
                Property.of("legacy", ex("LegacyMode"))),
            Optional.empty(),
            true,
            false);
    EnumDef odd =
        new EnumDef(
            "OddValues",
            HOSTILE,
            List.of("", "a-b", "A_B", "1.0", "na\u00efve", "UNKNOWN", "with \"quote\"", "back\\slash", "*/"),
            false);
    EnumDef legacy = new EnumDef("LegacyMode", "Replaced by WidgetMode.", List.of("On", "Off"), true);
    return ApiGroup.of(
        GROUP,
        List.of(
            ApiVersion.of(
                "v1",
                List.of(widgets),
                List.of(
                    widget,
                    ObjectDef.resourceList("WidgetList", TypeId.of(GROUP, "v1", "Widget")),
                    spec,
                    port,
                    status,
                    mode,
                    limits,
                    oddity,
                    odd,
                    legacy))));
  }

  static ApiGroup core() {
    Resource gadgets =
        Resource.builder("", "v1", "Gadget", "gadgets")
            .scope(Scope.CLUSTER)
            .verbs(Verb.GET, Verb.LIST, Verb.WATCH, Verb.CREATE, Verb.UPDATE, Verb.DELETE)
            .build();
    // No apiVersion, kind or metadata declared: the emitter adds them for a resource's object.
    ObjectDef gadget =
        new ObjectDef(
            "Gadget",
            "A cluster-scoped gadget.",
            List.of(Property.of("color", TypeRef.STRING)),
            Optional.empty(),
            false,
            false);
    return ApiGroup.of(
        "",
        List.of(
            ApiVersion.of(
                "v1",
                List.of(gadgets),
                List.of(gadget, ObjectDef.resourceList("GadgetList", TypeId.of("", "v1", "Gadget"))))));
  }
}
