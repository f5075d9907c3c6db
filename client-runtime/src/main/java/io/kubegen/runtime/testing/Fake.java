package io.kubegen.runtime.testing;

import io.kubegen.runtime.api.KubernetesListObject;
import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.rest.ResourceClient;
import io.kubegen.runtime.rest.ResourceClientFactory;
import io.kubegen.runtime.rest.Watch;
import io.kubegen.runtime.scheme.GroupVersionResource;
import io.kubegen.runtime.scheme.JsonCodec;
import io.kubegen.runtime.scheme.Scheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The fake behind a fake clientset, as client-go's {@code testing.Fake}: every call of its
 * {@link FakeResourceClient}s is recorded as an {@link Action} and answered by a chain of
 * reactors; the first that handles it wins, and the {@link ObjectTracker} answers what no
 * reactor handled.
 *
 * <p>Unlike client-go, where {@code AddReactor} appends after the tracker's catch-all reactor
 * and so only {@code PrependReactor} can override it, the tracker here is always last: both
 * {@link #addReactor} and {@link #prependReactor} reactors run before it, in list order.
 *
 * <p>Thread-safe: clients may be called from many threads, and reactors added at any time.
 */
public final class Fake implements ResourceClientFactory {
  private record Entry(String verb, String resource, Reactor reactor) {}

  private record WatchEntry(String resource, WatchReactor reactor) {}

  private final ObjectTracker tracker;
  private final JsonCodec codec;
  private final TrackerReactor trackerReactor;
  private final List<Entry> reactors = new CopyOnWriteArrayList<>();
  private final List<WatchEntry> watchReactors = new CopyOnWriteArrayList<>();
  private final List<Action> actions = new ArrayList<>();

  /** A fake over an empty tracker without a scheme. */
  public Fake() {
    this(new ObjectTracker());
  }

  public Fake(ObjectTracker tracker) {
    this(tracker, JsonCodec.shared());
  }

  /** @param codec converts between the tracker's JSON and the clients' classes */
  public Fake(ObjectTracker tracker, JsonCodec codec) {
    this.tracker = Objects.requireNonNull(tracker, "tracker");
    this.codec = Objects.requireNonNull(codec, "codec");
    this.trackerReactor = new TrackerReactor(tracker, codec);
  }

  /**
   * A fake seeded with objects (lists are expanded), whose tracker maps kinds to resources with
   * {@code scheme}: what a generated {@code FakeClientset} is built on.
   */
  public static Fake withObjects(Scheme scheme, Object... objects) {
    ObjectTracker tracker = ObjectTracker.builder().scheme(Objects.requireNonNull(scheme, "scheme")).build();
    tracker.add(objects);
    return new Fake(tracker);
  }

  public ObjectTracker tracker() {
    return tracker;
  }

  public JsonCodec codec() {
    return codec;
  }

  /**
   * Adds a reactor after the others (but before the tracker).
   *
   * @param verb an {@link Action} verb or {@code *}
   * @param resource a resource ({@code configmaps}, covering its subresources too), {@code
   *     resource/subresource}, or {@code *}
   */
  public void addReactor(String verb, String resource, Reactor reactor) {
    reactors.add(entry(verb, resource, reactor));
  }

  /** Adds a reactor before all others. */
  public void prependReactor(String verb, String resource, Reactor reactor) {
    reactors.add(0, entry(verb, resource, reactor));
  }

  /** Adds a watch reactor after the others (but before the tracker's). */
  public void addWatchReactor(String resource, WatchReactor reactor) {
    watchReactors.add(watchEntry(resource, reactor));
  }

  /** Adds a watch reactor before all others. */
  public void prependWatchReactor(String resource, WatchReactor reactor) {
    watchReactors.add(0, watchEntry(resource, reactor));
  }

  /** The actions recorded so far, oldest first. */
  public List<Action> actions() {
    synchronized (actions) {
      return List.copyOf(actions);
    }
  }

  public void clearActions() {
    synchronized (actions) {
      actions.clear();
    }
  }

  /**
   * Records the action and runs the reactor chain: the result of the first reactor that handles
   * it, else the tracker's. An {@code ApiException} from a reactor propagates.
   */
  public Object invokes(Action action) {
    Objects.requireNonNull(action, "action");
    record(action);
    for (Entry e : reactors) {
      if (action.coveredBy(e.verb, e.resource)) {
        Reaction reaction = e.reactor.react(action);
        if (reaction != null && reaction.handled()) {
          return reaction.result();
        }
      }
    }
    return trackerReactor.react(action).result();
  }

  /** Records a watch action and runs the watch reactors; the tracker's watch if none handles it. */
  public Watch<?> invokesWatch(Action action) {
    Objects.requireNonNull(action, "action");
    record(action);
    for (WatchEntry e : watchReactors) {
      if (action.coveredBy("*", e.resource)) {
        Watch<?> watch = e.reactor.react(action);
        if (watch != null) {
          return watch;
        }
      }
    }
    return trackerReactor.watch(action);
  }

  @Override
  public <T extends KubernetesObject, L extends KubernetesListObject<T>> FakeResourceClient<T, L> resourceClient(
      GroupVersionResource resource, boolean namespaced, Class<T> type, Class<L> listType) {
    return new FakeResourceClient<>(this, resource, namespaced, type, listType, null);
  }

  private void record(Action action) {
    synchronized (actions) {
      actions.add(action);
    }
  }

  private static Entry entry(String verb, String resource, Reactor reactor) {
    return new Entry(Objects.requireNonNull(verb, "verb"), Objects.requireNonNull(resource, "resource"),
        Objects.requireNonNull(reactor, "reactor"));
  }

  private static WatchEntry watchEntry(String resource, WatchReactor reactor) {
    return new WatchEntry(Objects.requireNonNull(resource, "resource"), Objects.requireNonNull(reactor, "reactor"));
  }
}
