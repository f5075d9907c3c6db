package io.kubegen.runtime.leaderelection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.clock.Clock;
import io.kubegen.runtime.testing.FakeClock;
import io.kubegen.runtime.workqueue.Eventually;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Candidates on an in-memory Lease store and a fake clock: every wait of an elector is on the
 * clock, so the test steps it and then waits (briefly, in real time) until every running elector
 * is parked again before looking.
 */
@Timeout(10)
class LeaderElectorTest {
  private static final String NAMESPACE = "kube-system";
  private static final String LEASE = "my-controller";
  private static final Duration LEASE_DURATION = Duration.ofSeconds(15);
  private static final Duration RENEW_DEADLINE = Duration.ofSeconds(10);
  private static final Duration RETRY_PERIOD = Duration.ofSeconds(2);
  private static final Duration STEP = Duration.ofMillis(500);

  private final FakeClock clock = new FakeClock();
  private final InMemoryLeaseClient.Store store = new InMemoryLeaseClient.Store();
  private final List<Candidate> candidates = new ArrayList<>();

  /** One candidate: its elector, its connection to the store, and what its callbacks saw. */
  private final class Candidate {
    final String identity;
    final InMemoryLeaseClient client = store.connect();
    final LeaderElector elector;
    final ConcurrentLinkedQueue<String> events = new ConcurrentLinkedQueue<>();
    CompletableFuture<Void> running;

    Candidate(String identity, boolean releaseOnCancel, Clock candidateClock) {
      this.identity = identity;
      this.elector = new LeaderElector(LeaderElectionConfig.builder()
          .lock(new LeaseLock(client, NAMESPACE, LEASE))
          .identity(identity)
          .leaseDuration(LEASE_DURATION)
          .renewDeadline(RENEW_DEADLINE)
          .retryPeriod(RETRY_PERIOD)
          .releaseOnCancel(releaseOnCancel)
          .name("test")
          .clock(candidateClock)
          .callbacks(new LeaderCallbacks(
              () -> events.add("started"),
              () -> events.add("stopped"),
              leader -> events.add("new leader " + leader)))
          .build());
      candidates.add(this);
    }

    Candidate start() {
      running = elector.start(r -> new Thread(r, "elector-" + identity).start());
      return this;
    }

    void awaitStopped() throws Exception {
      running.get(5, TimeUnit.SECONDS);
    }

    List<String> events() {
      return List.copyOf(events);
    }
  }

  private Candidate candidate(String identity) {
    return new Candidate(identity, false, clock);
  }

  @AfterEach
  void stopAll() {
    for (Candidate c : candidates) {
      c.elector.close();
    }
  }

  private Lease lease() {
    return store.lease(NAMESPACE, LEASE);
  }

  /** Steps the clock by {@link #STEP} and waits until the given number of electors are parked again. */
  private void step(int running) {
    clock.step(STEP);
    clock.awaitWaiters(running);
  }

  private long elapsedNanosSince(long start) {
    return clock.nanoTime() - start;
  }

  @Test
  void ofTwoCandidatesExactlyOneLeads() {
    Candidate a = candidate("a").start();
    Candidate b = candidate("b").start();
    clock.awaitWaiters(2);

    for (int i = 0; i < 60; i++) { // 30 s: many renewals and acquire attempts
      assertTrue(a.elector.isLeader() ^ b.elector.isLeader(), "exactly one leads at step " + i);
      step(2);
    }

    Candidate leader = a.elector.isLeader() ? a : b;
    Candidate follower = leader == a ? b : a;
    assertEquals(leader.identity, lease().getSpec().getHolderIdentity());
    assertEquals(0, lease().getSpec().getLeaseTransitions());
    assertEquals(15, lease().getSpec().getLeaseDurationSeconds());
    assertEquals(leader.identity, leader.elector.getLeader());
    assertEquals(leader.identity, follower.elector.getLeader());
    assertEquals(List.of("new leader " + leader.identity, "started"), leader.events());
    assertEquals(List.of("new leader " + leader.identity), follower.events());
    assertEquals(1, store.writes().stream().filter(l -> l.getMetadata().getResourceVersion().equals("1")).count());
  }

  @Test
  void whenTheLeaderStopsRenewingTheOtherTakesOverOnceTheLeaseExpiresOnItsClock() throws Exception {
    Candidate a = candidate("a").start();
    clock.awaitWaiters(1);
    assertTrue(a.elector.isLeader());
    Candidate b = candidate("b").start();
    clock.awaitWaiters(2);
    for (int i = 0; i < 10; i++) {
      step(2);
    }
    assertFalse(b.elector.isLeader());
    assertEquals("a", b.elector.getLeader());

    // a stops renewing without releasing (as if its process had died)
    a.elector.cancel();
    a.awaitStopped();
    assertFalse(a.elector.isLeader());
    assertEquals(List.of("new leader a", "started", "stopped"), a.events());
    Instant lastRenew = lease().getSpec().getRenewTime().toInstant();
    assertEquals("a", lease().getSpec().getHolderIdentity());

    long sinceLastRenew = TimeUnit.MILLISECONDS.toNanos(Duration.between(lastRenew, clock.now()).toMillis());
    long start = clock.nanoTime() - sinceLastRenew;
    while (!b.elector.isLeader()) {
      assertTrue(elapsedNanosSince(start) < TimeUnit.SECONDS.toNanos(30), "b never took over");
      step(1);
    }
    Duration takeoverAfter = Duration.ofNanos(elapsedNanosSince(start));

    assertTrue(takeoverAfter.compareTo(LEASE_DURATION) > 0, "took over after " + takeoverAfter + ", before the lease expired");
    // b observes a's last renewal at most one jittered retry (2.2 x 2 s) after it, and expiry at most one later
    assertTrue(takeoverAfter.compareTo(LEASE_DURATION.plusMillis(8_800).plus(STEP)) <= 0, "took over only after " + takeoverAfter);
    LeaseSpec spec = lease().getSpec();
    assertEquals("b", spec.getHolderIdentity());
    assertEquals(1, spec.getLeaseTransitions());
    assertEquals(clock.now(), spec.getAcquireTime().toInstant());
    assertEquals(spec.getAcquireTime(), spec.getRenewTime());
    assertEquals(List.of("new leader a", "new leader b", "started"), b.events());
  }

  @Test
  void releaseOnCancelLetsTheOtherAcquireAtItsNextAttempt() throws Exception {
    Candidate a = new Candidate("a", true, clock).start();
    clock.awaitWaiters(1);
    Candidate b = candidate("b").start();
    clock.awaitWaiters(2);
    step(2);
    step(2);

    a.elector.close(); // cancels and waits for the release
    a.awaitStopped();
    LeaseSpec released = lease().getSpec();
    assertEquals("", released.getHolderIdentity());
    assertEquals(1, released.getLeaseDurationSeconds());
    assertEquals(0, released.getLeaseTransitions());
    assertEquals(List.of("new leader a", "started", "stopped"), a.events());
    assertEquals("", a.elector.getLeader());

    long start = clock.nanoTime();
    while (!b.elector.isLeader()) {
      assertTrue(elapsedNanosSince(start) < TimeUnit.SECONDS.toNanos(5), "b did not acquire the released lease at once");
      step(1);
    }
    Duration acquiredAfter = Duration.ofNanos(elapsedNanosSince(start));
    assertTrue(acquiredAfter.compareTo(Duration.ofMillis(4_400).plus(STEP)) <= 0, "acquired after " + acquiredAfter + " " + store.writes());
    assertEquals("b", lease().getSpec().getHolderIdentity());
    assertEquals(1, lease().getSpec().getLeaseTransitions());
    assertEquals(15, lease().getSpec().getLeaseDurationSeconds());
    assertEquals(List.of("new leader a", "new leader b", "started"), b.events());
  }

  @Test
  void aLeaderThatCannotRenewForTheRenewDeadlineStopsLeading() throws Exception {
    Candidate a = candidate("a").start();
    clock.awaitWaiters(1);
    Candidate b = candidate("b").start();
    clock.awaitWaiters(2);
    step(2);

    a.client.setDown(true);
    long cutOff = clock.nanoTime();
    while (!a.running.isDone()) {
      assertTrue(a.elector.isLeader(), "still leads within the renew deadline");
      assertTrue(elapsedNanosSince(cutOff) < TimeUnit.SECONDS.toNanos(20), "a never gave up");
      clock.step(STEP);
      awaitParkedOrDone(2, a.running);
    }
    Duration leadingAfterCutOff = Duration.ofNanos(elapsedNanosSince(cutOff));
    assertTrue(leadingAfterCutOff.compareTo(RENEW_DEADLINE.minus(RETRY_PERIOD)) >= 0, "gave up after " + leadingAfterCutOff);
    assertTrue(leadingAfterCutOff.compareTo(RENEW_DEADLINE.plus(RETRY_PERIOD).plus(STEP)) <= 0, "gave up after " + leadingAfterCutOff);
    assertFalse(a.elector.isLeader());
    assertEquals(List.of("new leader a", "started", "stopped"), a.events());

    while (!b.elector.isLeader()) {
      assertTrue(elapsedNanosSince(cutOff) < TimeUnit.SECONDS.toNanos(40), "b never took over");
      step(1);
    }
    assertEquals(1, lease().getSpec().getLeaseTransitions());
  }

  @Test
  void expiryIsMeasuredOnTheLocalClockNotOnTheHoldersTimestamps() throws Exception {
    // a's wall clock is an hour behind: by b's wall clock, a's renew times are long past
    Clock behind = new ShiftedClock(clock, t -> t.minus(Duration.ofHours(1)));
    Candidate a = new Candidate("a", false, behind).start();
    clock.awaitWaiters(1);
    Candidate b = candidate("b").start();
    clock.awaitWaiters(2);

    for (int i = 0; i < 100; i++) { // 50 s, more than three lease durations
      step(2);
      assertTrue(a.elector.isLeader());
      assertFalse(b.elector.isLeader());
    }
    assertEquals(0, lease().getSpec().getLeaseTransitions());
  }

  @Test
  void anElectorRunsOnceAndCloseBeforeRunMakesRunReturnAtOnce() throws Exception {
    Candidate a = candidate("a");
    a.elector.close();
    a.start().awaitStopped();
    assertEquals(List.of("stopped"), a.events(), "onStoppedLeading is called even without leading, as in client-go");
    assertEquals(null, lease());

    IllegalStateException again = assertThrows(IllegalStateException.class, a.elector::run);
    assertTrue(again.getMessage().contains("already run"));
  }

  @Test
  void healthCheckFailsWhenTheLeaderIsStuckWellPastExpiry() throws Exception {
    CountDownLatch unblock = new CountDownLatch(1);
    CountDownLatch blocked = new CountDownLatch(1);
    AtomicBoolean hang = new AtomicBoolean();
    ResourceLock leaseLock = new LeaseLock(store.connect(), NAMESPACE, LEASE);
    ResourceLock hangingLock = new ResourceLock() { // an API call that never returns
      @Override
      public LeaderElectionRecord get() {
        return leaseLock.get();
      }

      @Override
      public void create(LeaderElectionRecord record) {
        leaseLock.create(record);
      }

      @Override
      public void update(LeaderElectionRecord record) {
        if (hang.get()) {
          blocked.countDown();
          try {
            unblock.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        leaseLock.update(record);
      }

      @Override
      public String describe() {
        return leaseLock.describe();
      }
    };
    LeaderElector elector = new LeaderElector(LeaderElectionConfig.builder()
        .lock(hangingLock).identity("a").clock(clock).callbacks(new LeaderCallbacks(() -> {}, () -> {})).build());
    CompletableFuture<Void> running = elector.start(r -> new Thread(r, "elector-stuck").start());
    try {
      clock.awaitWaiters(1);
      assertTrue(elector.isLeader());
      assertTrue(elector.isHealthy(Duration.ZERO));

      hang.set(true);
      clock.step(RETRY_PERIOD);
      assertTrue(blocked.await(5, TimeUnit.SECONDS));
      clock.step(LEASE_DURATION.minus(RETRY_PERIOD));
      assertTrue(elector.isHealthy(Duration.ZERO), "not yet expired");
      clock.step(Duration.ofSeconds(5));
      assertTrue(elector.isLeader(), "by its own account");
      assertFalse(elector.isHealthy(Duration.ofSeconds(2)));
      assertTrue(elector.isHealthy(Duration.ofSeconds(10)));
    } finally {
      elector.cancel();
      unblock.countDown();
    }
    running.get(5, TimeUnit.SECONDS);
    assertTrue(elector.isHealthy(Duration.ZERO), "not leading is healthy");
  }

  @Test
  void anExceptionInOnStartedLeadingGivesUpLeadership() throws Exception {
    ConcurrentLinkedQueue<String> events = new ConcurrentLinkedQueue<>();
    LeaderElector elector = new LeaderElector(LeaderElectionConfig.builder()
        .lock(new LeaseLock(store.connect(), NAMESPACE, LEASE))
        .identity("a")
        .releaseOnCancel(true)
        .clock(clock)
        .callbacks(new LeaderCallbacks(() -> {
          throw new IllegalStateException("boom");
        }, () -> events.add("stopped")))
        .build());
    elector.start(r -> new Thread(r, "elector-boom").start()).get(5, TimeUnit.SECONDS);
    assertEquals(List.of("stopped"), List.copyOf(events));
    assertFalse(elector.isLeader());
    assertEquals("", lease().getSpec().getHolderIdentity(), "released");
  }

  /** A clock whose wall time is shifted; its monotonic time and waits are the fake clock's. */
  private record ShiftedClock(FakeClock delegate, UnaryOperator<Instant> shift) implements Clock {
    @Override
    public Instant now() {
      return shift.apply(delegate.now());
    }

    @Override
    public long nanoTime() {
      return delegate.nanoTime();
    }

    @Override
    public void awaitUntil(Lock lock, Condition condition, long deadlineNanos) throws InterruptedException {
      delegate.awaitUntil(lock, condition, deadlineNanos);
    }
  }

  /** Waits until {@code parked} electors wait on the clock, or {@code done} completed and one fewer does. */
  private void awaitParkedOrDone(int parked, CompletableFuture<?> done) {
    Eventually.await(parked + " electors parked, or one done",
        () -> clock.waiters() >= parked || (done.isDone() && clock.waiters() >= parked - 1));
  }
}
