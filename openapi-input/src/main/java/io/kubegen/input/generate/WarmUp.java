package io.kubegen.input.generate;

import io.kubegen.generator.emit.Generator;
import io.kubegen.generator.emit.GeneratorResult;
import io.kubegen.generator.model.ApiGroup;
import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.model.ApiVersion;
import io.kubegen.generator.model.EnumDef;
import io.kubegen.generator.model.MetaType;
import io.kubegen.generator.model.ObjectDef;
import io.kubegen.generator.model.Property;
import io.kubegen.generator.model.Resource;
import io.kubegen.generator.model.Subresource;
import io.kubegen.generator.model.TypeId;
import io.kubegen.generator.model.TypeRef;
import io.kubegen.generator.model.Verb;
import java.util.List;
import java.util.Optional;

/**
 * Generates and renders a small built-in model on a spare processor while the readers parse the
 * real inputs. A command-line run is short enough that most of its generator and JavaPoet code
 * would otherwise run interpreted; after this, the JIT has compiled it when the real model
 * arrives. The result is discarded, and emitters hold no state, so the output cannot change.
 */
final class WarmUp {
  private static final String GROUP = "warm-up.kubegen.io";

  private WarmUp() {}

  /** Starts the warm-up on a daemon thread when there is a processor to spare, else does nothing. */
  static Thread start(Generator generator) {
    if (Runtime.getRuntime().availableProcessors() < 2) {
      return null;
    }
    Thread t = new Thread(() -> run(generator), "kubegen-warm-up");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
    return t;
  }

  /** Waits for the warm-up, so it does not compete with the real generation. */
  static void join(Thread t) {
    if (t == null) {
      return;
    }
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void run(Generator generator) {
    try {
      GeneratorResult result = generator.generate(model());
      result.sources();
    } catch (RuntimeException e) {
      // only a head start: the real run reports whatever is wrong
    }
  }

  static ApiModel model() {
    Resource things = Resource.builder(GROUP, "v1", "Thing", "things")
        .verbs(Verb.values())
        .subresource(Subresource.Status.standard())
        .subresource(Subresource.Scale.standard(".spec.replicas", ".status.replicas", ".status.selector"))
        .build();
    ObjectDef thing = new ObjectDef("Thing", "A thing.", List.of(
        Property.of("apiVersion", TypeRef.STRING),
        Property.of("kind", TypeRef.STRING),
        Property.of("metadata", TypeRef.meta(MetaType.OBJECT_META)),
        Property.of("spec", named("ThingSpec")),
        Property.of("status", named("ThingStatus"))), Optional.empty(), false, false);
    ObjectDef spec = ObjectDef.of("ThingSpec", List.of(
        Property.builder("replicas", TypeRef.INT32).description("How many.").defaultJson("1").build(),
        Property.of("size", TypeRef.QUANTITY),
        Property.of("port", TypeRef.INT_OR_STRING),
        Property.of("labels", TypeRef.mapOf(TypeRef.STRING)),
        Property.of("parts", TypeRef.arrayOf(named("ThingPart"))),
        Property.of("raw", TypeRef.OBJECT_JSON),
        Property.of("mode", named("ThingMode"))));
    ObjectDef part = ObjectDef.of("ThingPart", List.of(
        Property.builder("name", TypeRef.STRING).required(true).build(),
        Property.of("weight", TypeRef.INT64)));
    ObjectDef status = ObjectDef.of("ThingStatus", List.of(
        Property.of("replicas", TypeRef.INT32),
        Property.of("selector", TypeRef.STRING)));
    EnumDef mode = new EnumDef("ThingMode", "How a thing runs.", List.of("Fast", "Slow"), false);
    return ApiModel.of(List.of(ApiGroup.of(GROUP, List.of(ApiVersion.of("v1", List.of(things), List.of(
        thing, ObjectDef.resourceList("ThingList", TypeId.of(GROUP, "v1", "Thing")), spec, part, status, mode))))));
  }

  private static TypeRef named(String name) {
    return TypeRef.named(GROUP, "v1", name);
  }
}
