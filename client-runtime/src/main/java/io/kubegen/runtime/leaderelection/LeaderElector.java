package io.kubegen.runtime.leaderelection;

import io.kubegen.runtime.api.MicroTime;
import io.kubegen.runtime.clock.Clock;
import io.kubegen.runtime.rest.ApiException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leader election on a {@link ResourceLock}, as client-go's {@code leaderelection.LeaderElector}.
 *
 * <p>{@link #run()} tries to acquire the lock every retry period (jittered) until it succeeds,
 * calls {@code onStartedLeading}, then renews the lock every retry period; if a renewal keeps
 * failing for the renew deadline, leadership is lost. It returns, after calling
 * {@code onStoppedLeading}, once leadership is lost or the elector is cancelled. A non-leader takes
 * the lock over only when the record it observed has not changed for the record's lease duration,
 * measured on this process's clock from the moment it observed the record: the holder's timestamps
 * are never compared with local time, so clock skew between candidates does not matter.
 *
 * <p>Threads: the elector starts none. {@link #run()} runs on the caller's thread (or use
 * {@link #start(Executor)}); the callbacks run on that thread. {@link #cancel()}, {@link #close()},
 * {@link #isLeader()} and {@link #getLeader()} may be called from any thread. An elector runs
 * once: to stand again, create a new one.
 */
public final class LeaderElector implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LeaderElector.class);

  private enum State { NEW, RUNNING, DONE }

  /** A record and when (on the local monotonic clock) it was first observed. */
  private record Observed(LeaderElectionRecord record, long observedNanos) {}

  private final LeaderElectionConfig config;
  private final ResourceLock lock;
  private final Clock clock;
  private final String identity;

  /** Guards {@code cancelled}, {@code state} and {@code runner}; waits between attempts happen on it. */
  private final ReentrantLock stateLock = new ReentrantLock();
  private final Condition cancelledCondition = stateLock.newCondition();
  private boolean cancelled;
  private State state = State.NEW;
  private Thread runner;
  private final CountDownLatch finished = new CountDownLatch(1);

  /** Written only by the running thread; read by any. */
  private volatile Observed observed;
  /** True from acquiring the lock until leadership is lost or given up. */
  private volatile boolean leading;
  /** The holder last reported to onNewLeader; running thread only. */
  private String reportedLeader = "";
  /** Set when the running thread was interrupted, to restore its interrupt status on return. */
  private boolean interrupted;

  /** An elector for the config, which was checked when it was built. Starts no thread. */
  public LeaderElector(LeaderElectionConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.lock = config.lock();
    this.clock = config.clock();
    this.identity = config.identity();
    this.observed = new Observed(LeaderElectionRecord.EMPTY, clock.nanoTime());
  }

  /**
   * Runs the election on the calling thread until leadership is lost or the elector is cancelled,
   * then calls {@code onStoppedLeading}. Interrupting the thread cancels the elector; the interrupt
   * status is kept.
   *
   * @throws IllegalStateException if this elector has already run
   */
  public void run() {
    stateLock.lock();
    try {
      if (state != State.NEW) {
        throw new IllegalStateException("leader elector " + describe() + " has already run; create a new one");
      }
      state = State.RUNNING;
      runner = Thread.currentThread();
    } finally {
      stateLock.unlock();
    }
    try {
      if (acquire()) {
        leading = true;
        if (callStartedLeading()) {
          renew();
        }
        leading = false;
        if (config.releaseOnCancel()) {
          release();
        }
      }
    } finally {
      leading = false;
      call("onStoppedLeading", () -> config.callbacks().onStoppedLeading().run());
      stateLock.lock();
      try {
        state = State.DONE;
      } finally {
        stateLock.unlock();
      }
      finished.countDown();
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Runs {@link #run()} on the executor; the future completes when it returns. */
  public CompletableFuture<Void> start(Executor executor) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    executor.execute(() -> {
      try {
        run();
        done.complete(null);
      } catch (Throwable e) {
        done.completeExceptionally(e);
      }
    });
    return done;
  }

  /**
   * Asks the elector to stop: it stops acquiring or renewing, releases the lease if so configured,
   * calls {@code onStoppedLeading} and {@link #run()} returns. Does not wait; idempotent.
   */
  public void cancel() {
    stateLock.lock();
    try {
      cancelled = true;
      cancelledCondition.signalAll();
    } finally {
      stateLock.unlock();
    }
  }

  /**
   * {@link #cancel()}, then waits until {@link #run()} has returned, unless called from the running
   * thread itself (from a callback). If the waiting thread is interrupted it stops waiting and keeps
   * its interrupt status.
   */
  @Override
  public void close() {
    cancel();
    Thread running;
    stateLock.lock();
    try {
      running = state == State.RUNNING ? runner : null;
    } finally {
      stateLock.unlock();
    }
    if (running == null || running == Thread.currentThread()) {
      return;
    }
    try {
      finished.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** True while this candidate leads: it acquired the lease, has not lost or given it up, and last saw itself as holder. */
  public boolean isLeader() {
    return leading && holdsObservedRecord();
  }

  /** The holder of the lease as last observed; empty if none is known. */
  public String getLeader() {
    return observed.record().holderIdentity();
  }

  /**
   * client-go's {@code Check}, for a health endpoint: false when this candidate leads by its own
   * account but the lease as last observed expired more than {@code maxTolerableExpiredLease} ago
   * (the renew loop is stuck). True otherwise, including when it does not lead.
   */
  public boolean isHealthy(Duration maxTolerableExpiredLease) {
    if (!isLeader()) {
      return true;
    }
    Observed current = observed;
    long expiry = Clock.deadline(current.observedNanos(), config.leaseDuration().plus(maxTolerableExpiredLease));
    return clock.nanoTime() <= expiry;
  }

  /** The config this elector runs with. */
  public LeaderElectionConfig config() {
    return config;
  }

  // ---- the election ----

  /** Tries every jittered retry period until the lock is acquired (true) or the elector is cancelled (false). */
  private boolean acquire() {
    LOG.info("{}: attempting to acquire leader lease {}", identity, describe());
    while (!isCancelled()) {
      boolean acquired = tryAcquireOrRenew();
      maybeReportTransition();
      if (acquired) {
        LOG.info("{}: successfully acquired lease {}", identity, describe());
        return true;
      }
      LOG.debug("{}: failed to acquire lease {}", identity, describe());
      if (!sleepFor(jittered(config.retryPeriod()))) {
        break;
      }
    }
    return false;
  }

  /**
   * Renews every retry period; a renewal that fails is retried every retry period until the renew
   * deadline, after which leadership is lost. Returns when it is lost or the elector is cancelled.
   */
  private void renew() {
    while (!isCancelled()) {
      long deadline = Clock.deadline(clock.nanoTime(), config.renewDeadline());
      boolean renewed = renewBefore(deadline);
      maybeReportTransition();
      if (!renewed) {
        if (!isCancelled()) {
          LOG.info("{}: failed to renew lease {}: renew deadline of {} exceeded", identity, describe(), config.renewDeadline());
        }
        return;
      }
      LOG.trace("{}: renewed lease {}", identity, describe());
      if (!sleepFor(config.retryPeriod())) {
        return;
      }
    }
  }

  /** client-go's {@code PollUntilContextTimeout(retryPeriod, renewDeadline, immediate)} over tryAcquireOrRenew. */
  private boolean renewBefore(long deadline) {
    while (!isCancelled()) {
      if (tryAcquireOrRenew()) {
        return true;
      }
      long next = Clock.deadline(clock.nanoTime(), config.retryPeriod());
      if (next >= deadline) {
        sleepUntil(deadline);
        return false;
      }
      if (!sleepUntil(next)) {
        return false;
      }
    }
    return false;
  }

  /**
   * One attempt, as client-go's {@code tryAcquireOrRenew}: true when this candidate holds the lock
   * afterwards. Never throws for a failed API call; it logs and answers false.
   */
  private boolean tryAcquireOrRenew() {
    MicroTime now = MicroTime.of(clock.now());
    long nowNanos = clock.nanoTime();
    int leaseSeconds = config.leaseDurationSeconds();

    // 1. The leader's fast path: update assuming the record observed last time is still current.
    Observed last = observed;
    if (holdsObservedRecord() && isValid(last, last.record().leaseDurationSeconds(), nowNanos)) {
      LeaderElectionRecord renewed = new LeaderElectionRecord(
          identity, leaseSeconds, last.record().acquireTime(), now, last.record().leaderTransitions(), null, null);
      try {
        lock.update(renewed);
        setObserved(renewed);
        return true;
      } catch (RuntimeException e) {
        LOG.warn("{}: failed to update lock {} optimistically, falling back to slow path: {}", identity, describe(), e.getMessage());
      }
    }

    // 2. Read the record, or create it.
    LeaderElectionRecord current;
    try {
      current = lock.get();
    } catch (ApiException e) {
      if (!e.isNotFound()) {
        LOG.error("{}: error retrieving resource lock {}: {}", identity, describe(), e.getMessage());
        return false;
      }
      LeaderElectionRecord created = new LeaderElectionRecord(identity, leaseSeconds, now, now, 0, null, null);
      try {
        lock.create(created);
      } catch (RuntimeException ce) {
        LOG.info("{}: error initially creating leader election record {}: {}", identity, describe(), ce.getMessage());
        return false;
      }
      setObserved(created);
      return true;
    } catch (RuntimeException e) {
      LOG.error("{}: error retrieving resource lock {}", identity, describe(), e);
      return false;
    }

    // 3. A record changed since last seen restarts its lease duration, on the local clock.
    if (!current.equals(observed.record())) {
      setObserved(current);
    }
    Observed seen = observed;
    boolean expired = !isValid(seen, current.leaseDurationSeconds(), nowNanos);
    if (expired) {
      LOG.info("{}: lock {} has expired", identity, describe());
    }
    if (current.isHeld() && !expired && !holdsObservedRecord()) {
      LOG.debug("{}: lock {} is held by {} and has not yet expired", identity, describe(), current.holderIdentity());
      return false;
    }

    // 4. Take the lock over, or renew it through the slow path.
    LeaderElectionRecord desired = holdsObservedRecord()
        ? new LeaderElectionRecord(identity, leaseSeconds, current.acquireTime(), now, current.leaderTransitions(), null, null)
        : new LeaderElectionRecord(identity, leaseSeconds, now, now, current.leaderTransitions() + 1, null, null);
    try {
      lock.update(desired);
    } catch (RuntimeException e) {
      LOG.info("{}: failed to update lock {}: {}", identity, describe(), e.getMessage());
      return false;
    }
    setObserved(desired);
    return true;
  }

  /** Gives the lease up if this candidate still holds it, so that another can take it at once. */
  private void release() {
    try {
      LeaderElectionRecord current = lock.get(); // also refreshes the resourceVersion
      if (!holdsObservedRecord() || !current.isHeldBy(identity)) {
        return; // someone else holds it now: never overwrite their record
      }
      MicroTime now = MicroTime.of(clock.now());
      LeaderElectionRecord released = new LeaderElectionRecord("", 1, now, now, current.leaderTransitions(), null, null);
      lock.update(released);
      setObserved(released);
      LOG.info("{}: released lease {}", identity, describe());
    } catch (RuntimeException e) {
      LOG.error("{}: failed to release lock {}: {}", identity, describe(), e.getMessage());
    }
  }

  private boolean callStartedLeading() {
    try {
      config.callbacks().onStartedLeading().run();
      return true;
    } catch (RuntimeException e) {
      LOG.error("{}: onStartedLeading failed; giving up leadership of {}", identity, describe(), e);
      return false;
    }
  }

  private void maybeReportTransition() {
    String holder = observed.record().holderIdentity();
    if (holder.equals(reportedLeader)) {
      return;
    }
    reportedLeader = holder;
    call("onNewLeader", () -> config.callbacks().onNewLeader().accept(holder));
  }

  private void call(String callback, Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.error("{}: {} failed", identity, callback, e);
    }
  }

  private boolean holdsObservedRecord() {
    return observed.record().isHeldBy(identity);
  }

  /** Whether the observed record is within its lease duration, measured from when it was observed. */
  private static boolean isValid(Observed seen, int leaseDurationSeconds, long nowNanos) {
    long expiry = Clock.deadline(seen.observedNanos(), Duration.ofSeconds(Math.max(0, leaseDurationSeconds)));
    return expiry >= nowNanos;
  }

  private void setObserved(LeaderElectionRecord record) {
    observed = new Observed(record, clock.nanoTime());
  }

  // ---- waiting and cancellation ----

  private boolean isCancelled() {
    stateLock.lock();
    try {
      return cancelled;
    } finally {
      stateLock.unlock();
    }
  }

  /** client-go's {@code wait.Jitter(d, JitterFactor)}: between d and (1 + JitterFactor) * d. */
  private static Duration jittered(Duration d) {
    double factor = 1 + ThreadLocalRandom.current().nextDouble() * LeaderElectionConfig.JITTER_FACTOR;
    return Duration.ofNanos((long) (d.toNanos() * factor));
  }

  private boolean sleepFor(Duration d) {
    return sleepUntil(Clock.deadline(clock.nanoTime(), d));
  }

  /** Waits on the clock until the deadline; false, at once, if the elector is cancelled meanwhile. */
  private boolean sleepUntil(long deadline) {
    stateLock.lock();
    try {
      while (!cancelled && clock.nanoTime() < deadline) {
        clock.awaitUntil(stateLock, cancelledCondition, deadline);
      }
      return !cancelled;
    } catch (InterruptedException e) {
      interrupted = true;
      cancelled = true;
      return false;
    } finally {
      stateLock.unlock();
    }
  }

  private String describe() {
    return config.name().isEmpty() ? lock.describe() : config.name() + " (" + lock.describe() + ")";
  }

  @Override
  public String toString() {
    return "LeaderElector{" + identity + " on " + describe() + ", leader=" + getLeader() + "}";
  }
}
