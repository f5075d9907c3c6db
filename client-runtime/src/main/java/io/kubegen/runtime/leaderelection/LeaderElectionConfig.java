package io.kubegen.runtime.leaderelection;


import io.kubegen.runtime.clock.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link LeaderElector} runs, as client-go's {@code LeaderElectionConfig}, checked as
 * client-go checks it: every duration positive, {@code leaseDuration > renewDeadline >
 * JITTER_FACTOR * retryPeriod}. Unlike client-go, {@code leaseDuration} must also be at least one
 * second, since a Lease stores whole seconds and a shorter one would read as already expired.
 *
 * @param lock where the record is kept
 * @param identity this candidate's identity, unique among the candidates (often the pod name)
 * @param leaseDuration how long non-leaders wait, after last observing a change of the record,
 *     before they take over; written to the Lease in whole seconds
 * @param renewDeadline how long the leader keeps retrying a failed renewal before it gives up
 *     leadership
 * @param retryPeriod how long candidates wait between attempts (jittered while acquiring)
 * @param callbacks what to call as leadership changes
 * @param releaseOnCancel whether to release the lease when the elector is cancelled while leading,
 *     so another candidate can take over at once; the leader's work must have stopped before the
 *     elector is cancelled, or two processes may act as leader at the same time
 * @param name a name for logs; may be empty
 * @param clock the clock expiry, deadlines and waits are measured on
 */
public record LeaderElectionConfig(
    ResourceLock lock,
    String identity,
    Duration leaseDuration,
    Duration renewDeadline,
    Duration retryPeriod,
    LeaderCallbacks callbacks,
    boolean releaseOnCancel,
    String name,
    Clock clock) {

  /** client-go's {@code JitterFactor}: acquire attempts wait between 1 and 2.2 retry periods. */
  public static final double JITTER_FACTOR = 1.2;

  public LeaderElectionConfig {
    Objects.requireNonNull(lock, "lock must not be null");
    if (identity == null || identity.isEmpty()) {
      throw new IllegalArgumentException("identity must not be empty");
    }
    Objects.requireNonNull(callbacks, "callbacks must not be null");
    requirePositive(leaseDuration, "leaseDuration");
    requirePositive(renewDeadline, "renewDeadline");
    requirePositive(retryPeriod, "retryPeriod");
    if (leaseDuration.compareTo(renewDeadline) <= 0) {
      throw new IllegalArgumentException(
          "leaseDuration (" + leaseDuration + ") must be greater than renewDeadline (" + renewDeadline + ")");
    }
    if (renewDeadline.toNanos() <= (long) (JITTER_FACTOR * retryPeriod.toNanos())) {
      throw new IllegalArgumentException("renewDeadline (" + renewDeadline + ") must be greater than retryPeriod ("
          + retryPeriod + ") * " + JITTER_FACTOR);
    }
    if (leaseDuration.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException(
          "leaseDuration (" + leaseDuration + ") must be at least 1s: a Lease stores whole seconds");
    }
    name = name == null ? "" : name;
    Objects.requireNonNull(clock, "clock must not be null");
  }

  /** A builder with client-go's usual timings: lease 15 s, renew deadline 10 s, retry 2 s. */
  public static Builder builder() {
    return new Builder();
  }

  /** The lease duration as the Lease stores it. */
  int leaseDurationSeconds() {
    long seconds = leaseDuration.getSeconds();
    return seconds > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) seconds;
  }

  private static void requirePositive(Duration d, String what) {
    Objects.requireNonNull(d, what + " must not be null");
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(what + " must be greater than zero, was " + d);
    }
    try {
      d.toNanos();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(what + " is too long: " + d, e);
    }
  }

  /** Builds a {@link LeaderElectionConfig}; {@link #build()} checks it. Not thread-safe. */
  public static final class Builder {
    private ResourceLock lock;
    private String identity;
    private Duration leaseDuration = Duration.ofSeconds(15);
    private Duration renewDeadline = Duration.ofSeconds(10);
    private Duration retryPeriod = Duration.ofSeconds(2);
    private LeaderCallbacks callbacks;
    private boolean releaseOnCancel;
    private String name = "";
    private Clock clock = Clock.system();

    private Builder() {}

    public Builder lock(ResourceLock lock) {
      this.lock = lock;
      return this;
    }

    public Builder identity(String identity) {
      this.identity = identity;
      return this;
    }

    public Builder leaseDuration(Duration leaseDuration) {
      this.leaseDuration = leaseDuration;
      return this;
    }

    public Builder renewDeadline(Duration renewDeadline) {
      this.renewDeadline = renewDeadline;
      return this;
    }

    public Builder retryPeriod(Duration retryPeriod) {
      this.retryPeriod = retryPeriod;
      return this;
    }

    public Builder callbacks(LeaderCallbacks callbacks) {
      this.callbacks = callbacks;
      return this;
    }

    public Builder releaseOnCancel(boolean releaseOnCancel) {
      this.releaseOnCancel = releaseOnCancel;
      return this;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** @throws IllegalArgumentException or NullPointerException naming the setting that is wrong */
    public LeaderElectionConfig build() {
      return new LeaderElectionConfig(
          lock, identity, leaseDuration, renewDeadline, retryPeriod, callbacks, releaseOnCancel, name, clock);
    }
  }
}
