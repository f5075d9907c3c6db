package io.kubegen.runtime.leaderelection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.fixtures.MockApiServer;
import io.kubegen.runtime.rest.HttpResourceClient;
import io.kubegen.runtime.rest.ResourceClient;
import io.kubegen.runtime.rest.RestClient;
import io.kubegen.runtime.rest.RestConfig;
import io.kubegen.runtime.scheme.GroupVersionResource;
import io.kubegen.runtime.testing.FakeClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two candidates on Leases stored by an independent API server (fabric8's mock), over HTTP, with
 * a fake clock: no test waits for a lease duration in real time.
 */
@Timeout(30)
class LeaderElectorMockServerTest {
  private static final Duration STEP = Duration.ofMillis(500);
  private static MockApiServer server;

  private final FakeClock clock = new FakeClock();
  private final List<LeaderElector> electors = new ArrayList<>();
  private final List<String> started = new CopyOnWriteArrayList<>();
  private ResourceClient<Lease, LeaseList> leases;

  @BeforeAll
  static void startServer() {
    server = MockApiServer.start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @AfterEach
  void stopElectors() {
    electors.forEach(LeaderElector::close);
    server.reset();
  }

  private LeaderElector candidate(String identity) {
    RestClient rest = RestClient.create(RestConfig.builder(server.uri()).qps(-1).build());
    leases = HttpResourceClient.create(rest, new GroupVersionResource("coordination.k8s.io", "v1", "leases"),
        true, Lease.class, LeaseList.class).inNamespace("kube-system");
    LeaderElector elector = new LeaderElector(LeaderElectionConfig.builder()
        .lock(new LeaseLock(leases, "kube-system", "controller"))
        .identity(identity)
        .leaseDuration(Duration.ofSeconds(15))
        .renewDeadline(Duration.ofSeconds(10))
        .retryPeriod(Duration.ofSeconds(2))
        .name("mock-" + identity)
        .clock(clock)
        .callbacks(new LeaderCallbacks(() -> started.add(identity), () -> { }))
        .build());
    electors.add(elector);
    return elector;
  }

  private static CompletableFuture<Void> start(LeaderElector elector, String name) {
    return elector.start(r -> new Thread(r, "elector-" + name).start());
  }

  @Test
  void exactlyOneLeadsAndTheOtherTakesOverOnceTheLeaseExpires() throws Exception {
    LeaderElector a = candidate("a");
    start(a, "a");
    clock.awaitWaiters(1);
    assertTrue(a.isLeader(), "the first candidate acquires the free lease");
    LeaderElector b = candidate("b");
    start(b, "b");
    clock.awaitWaiters(2);

    for (int i = 0; i < 40; i++) { // 20 s on the clock: renewals by a, failed attempts by b
      assertTrue(a.isLeader() && !b.isLeader(), "only a leads, step " + i);
      clock.step(STEP);
      clock.awaitWaiters(2);
    }
    Lease held = leases.get("controller");
    assertEquals("a", held.getSpec().getHolderIdentity());
    assertEquals("a", b.getLeader());

    a.cancel(); // stops renewing without releasing, as a crashed process would
    electors.get(0).close();
    assertFalse(a.isLeader());

    long start = clock.nanoTime();
    while (!b.isLeader()) {
      assertTrue(clock.nanoTime() - start < TimeUnit.SECONDS.toNanos(40), "b never took over");
      clock.step(STEP);
      clock.awaitWaiters(1);
    }
    assertTrue(clock.nanoTime() - start >= TimeUnit.SECONDS.toNanos(10),
        "b took over before a's lease could have expired");
    Lease taken = leases.get("controller");
    assertEquals("b", taken.getSpec().getHolderIdentity());
    assertEquals(1, taken.getSpec().getLeaseTransitions());
    assertEquals(List.of("a", "b"), started);
  }
}
