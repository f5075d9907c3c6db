package io.kubegen.runtime.testing;

import io.kubegen.runtime.api.DeleteOptions;
import io.kubegen.runtime.api.ListOptions;
import io.kubegen.runtime.api.Scale;
import io.kubegen.runtime.rest.PatchType;
import io.kubegen.runtime.rest.StatusReason;
import io.kubegen.runtime.rest.Watch;
import io.kubegen.runtime.scheme.JsonCodec;

/**
 * The reactor behind every fake client: serves each {@link Action} from the {@link ObjectTracker}
 * (client-go's {@code ObjectReaction}). Subresources it serves: {@code status} (get, update,
 * patch, apply) and {@code scale} (get, update); other subresources answer 404, so a test that
 * needs one adds a reactor for it.
 */
final class TrackerReactor implements Reactor {
  private final ObjectTracker tracker;
  private final JsonCodec codec;

  TrackerReactor(ObjectTracker tracker, JsonCodec codec) {
    this.tracker = tracker;
    this.codec = codec;
  }

  @Override
  public Reaction react(Action a) {
    String sub = a.subresource();
    Object result = switch (a.verb()) {
      case Action.GET -> switch (sub) {
        case "", "status" -> tracker.get(a.resource(), a.namespace(), a.name());
        case "scale" -> tracker.getScale(a.resource(), a.namespace(), a.name());
        default -> throw StatusErrors.resourceNotFound();
      };
      case Action.LIST -> tracker.list(a.resource(), a.namespace(), listOptions(a));
      case Action.CREATE -> {
        if (!sub.isEmpty()) {
          throw StatusErrors.resourceNotFound();
        }
        yield tracker.create(a.resource(), a.object(), a.namespace());
      }
      case Action.UPDATE -> switch (sub) {
        case "" -> tracker.update(a.resource(), a.object(), a.namespace());
        case "status" -> tracker.updateStatus(a.resource(), a.object(), a.namespace());
        case "scale" -> tracker.updateScale(a.resource(), a.namespace(), a.name(),
            codec.convert(a.object(), Scale.class));
        default -> throw StatusErrors.resourceNotFound();
      };
      case Action.DELETE -> {
        if (!sub.isEmpty()) {
          throw StatusErrors.resourceNotFound();
        }
        tracker.delete(a.resource(), a.namespace(), a.name(),
            a.options() instanceof DeleteOptions d ? d : DeleteOptions.none());
        yield null;
      }
      case Action.DELETE_COLLECTION -> {
        tracker.deleteCollection(a.resource(), a.namespace(),
            a.options() instanceof DeleteOptions d ? d : DeleteOptions.none(), listOptions(a));
        yield null;
      }
      case Action.PATCH -> tracker.patch(a.resource(), a.namespace(), a.name(),
          a.patchType() == null ? PatchType.MERGE : a.patchType(), a.patch(), sub);
      default -> throw StatusErrors.of(StatusReason.METHOD_NOT_ALLOWED,
          "the fake does not serve the verb \"" + a.verb() + "\"");
    };
    return Reaction.handled(result);
  }

  /** The watch reactor: a tracker watch. */
  Watch<?> watch(Action a) {
    return tracker.watch(a.resource(), a.namespace(), listOptions(a));
  }

  private static ListOptions listOptions(Action a) {
    return a.listOptions() == null ? ListOptions.none() : a.listOptions();
  }
}
