package io.kubegen.runtime.leaderelection;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a {@link LeaderElector} calls as leadership changes, as client-go's
 * {@code LeaderCallbacks}. All three run on the elector's thread, one at a time, and should return
 * promptly: the lease is not renewed while they run. Start the leader's work on threads of your
 * own in {@code onStartedLeading} and stop it in {@code onStoppedLeading}. An exception thrown by a
 * callback is logged; one from {@code onStartedLeading} also makes the elector give up leadership.
 *
 * @param onStartedLeading called once this candidate holds the lease
 * @param onStoppedLeading called when the elector stops, whether or not it ever led (as in
 *     client-go): after losing the lease, after a cancel, after releasing
 * @param onNewLeader called with the holder's identity each time the elector observes a different
 *     holder, its own identity included; with the empty string when it observes a released lease
 */
public record LeaderCallbacks(Runnable onStartedLeading, Runnable onStoppedLeading, Consumer<String> onNewLeader) {

  public LeaderCallbacks {
    Objects.requireNonNull(onStartedLeading, "onStartedLeading");
    Objects.requireNonNull(onStoppedLeading, "onStoppedLeading");
    onNewLeader = onNewLeader == null ? identity -> {} : onNewLeader;
  }

  /** Callbacks without {@code onNewLeader}. */
  public LeaderCallbacks(Runnable onStartedLeading, Runnable onStoppedLeading) {
    this(onStartedLeading, onStoppedLeading, null);
  }
}
