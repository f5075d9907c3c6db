package io.kubegen.runtime.cache;

import static io.kubegen.runtime.cache.ScriptedListerWatcher.apiError;
import static io.kubegen.runtime.cache.TestObjects.cm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.api.ListOptions;
import io.kubegen.runtime.fixtures.ConfigMap;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.testing.FakeClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReflectorTest {
  private final ScriptedListerWatcher lw = new ScriptedListerWatcher();
  private final RecordingStore store = new RecordingStore();
  private final FakeClock clock = FakeClock.autoAdvancing();
  private final List<RuntimeException> watchErrors = Collections.synchronizedList(new ArrayList<>());
  private Reflector<ConfigMap, ?> reflector;
  private Thread thread;

  private void start(Store<ConfigMap> target, double random) {
    reflector = Reflector.builder(lw, target)
        .name("test-reflector")
        .clock(clock)
        .random(() -> random)
        .watchErrorHandler((r, e) -> watchErrors.add(e))
        .build();
    thread = new Thread(reflector::run, "test-reflector");
    thread.start();
  }

  private void start() {
    start(store, 0.0);
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (reflector != null) {
      reflector.stop();
      thread.join(5_000);
      assertFalse(thread.isAlive(), "the reflector thread ends on stop");
    }
  }

  @Test
  void listsFromZeroThenWatchesFromTheListsResourceVersion() throws Exception {
    lw.respondToList("10", cm("ns", "a", "8"), cm("ns", "b", "9"));
    ScriptedWatch watch = lw.respondToWatch();
    start(store, 0.5);

    ListOptions list = lw.awaitListCall(0);
    assertEquals("0", list.resourceVersion());
    assertEquals(500L, list.limit());
    assertNull(list.continueToken());

    ListOptions watchOptions = lw.awaitWatchCall(0);
    assertEquals("10", watchOptions.resourceVersion());
    assertEquals(Boolean.TRUE, watchOptions.allowWatchBookmarks());
    assertEquals(450L, watchOptions.timeoutSeconds(), "5 min × (1 + random 0.5)");

    lw.respondToWatch();
    watch.added(cm("ns", "c", "11")).modified(cm("ns", "a", "12")).deleted(cm("ns", "b", "13")).end();
    assertEquals(List.of("replace@10 [ns/a, ns/b]", "add ns/c@11", "update ns/a@12", "delete ns/b@13"),
        store.awaitCalls(4));
    assertEquals("13", lw.awaitWatchCall(1).resourceVersion(), "the next watch starts after the last event");
    assertEquals("13", reflector.lastSyncResourceVersion());
  }

  @Test
  void watchTimeoutIsBetweenFiveAndTenMinutes() throws Exception {
    lw.respondToList("1");
    lw.respondToWatch();
    start(store, 0.999);
    long timeout = lw.awaitWatchCall(0).timeoutSeconds();
    assertTrue(timeout >= 300 && timeout < 600, "timeoutSeconds " + timeout);
  }

  @Test
  void bookmarkAdvancesTheResourceVersionWithoutTouchingTheStore() throws Exception {
    lw.respondToList("10", cm("ns", "a", "8"));
    lw.respondToWatch().bookmark("15").end();
    lw.respondToWatch();
    start();

    assertEquals("15", lw.awaitWatchCall(1).resourceVersion());
    assertEquals("15", reflector.lastSyncResourceVersion());
    assertEquals(List.of("replace@10 [ns/a]"), store.calls());
  }

  @Test
  void endedWatchResumesFromTheLastResourceVersionWithoutRelisting() throws Exception {
    lw.respondToList("10", cm("ns", "a", "8"));
    lw.respondToWatch().added(cm("ns", "b", "11")).modified(cm("ns", "a", "12")).end();
    ScriptedWatch second = lw.respondToWatch();
    start();

    ListOptions resumed = lw.awaitWatchCall(1);
    assertEquals("12", resumed.resourceVersion());
    assertEquals(Boolean.TRUE, resumed.allowWatchBookmarks());
    second.modified(cm("ns", "b", "13"));
    assertEquals(List.of("replace@10 [ns/a]", "add ns/b@11", "update ns/a@12", "update ns/b@13"), store.awaitCalls(4));
    assertEquals(1, lw.listCalls().size(), "no relist");
    assertEquals(List.of(), clock.sleeps(), "a watch that delivered events is resumed at once");
  }

  @Test
  void watchClosedAtOnceWithoutEventsBacksOffBeforeWatchingAgain() throws Exception {
    lw.respondToList("10");
    lw.respondToWatch().end();
    lw.respondToWatch();
    start();

    assertEquals("10", lw.awaitWatchCall(1).resourceVersion());
    assertEquals(List.of(Duration.ofMillis(800)), clock.sleeps());
    assertEquals(1, lw.listCalls().size());
  }

  @Test
  void expiredErrorEventRelistsFromTheLatestState() throws Exception {
    lw.respondToList("10", cm("ns", "a", "8"), cm("ns", "b", "9"));
    lw.respondToWatch().modified(cm("ns", "a", "11")).expired();
    lw.respondToList("50", cm("ns", "a", "40"));
    lw.respondToWatch();
    start();

    ListOptions relist = lw.awaitListCall(1);
    assertEquals("", relist.resourceVersion(), "after 410 the relist asks for the latest state");
    assertEquals(500L, relist.limit(), "and is paginated");
    assertEquals("50", lw.awaitWatchCall(1).resourceVersion());
    assertEquals(List.of("replace@10 [ns/a, ns/b]", "update ns/a@11", "replace@50 [ns/a]"), store.awaitCalls(3));
    assertEquals(List.of(), watchErrors, "an expired watch is routine, not an error");
  }

  @Test
  void goneWhenStartingTheWatchRelistsFromTheLatestState() throws Exception {
    lw.respondToList("10");
    lw.failWatch(apiError(410, "Gone"));
    lw.respondToList("60");
    lw.respondToWatch();
    start();

    assertEquals("", lw.awaitListCall(1).resourceVersion());
    assertEquals("60", lw.awaitWatchCall(1).resourceVersion());
  }

  @Test
  void expiredListFallsBackToTheLatestState() throws Exception {
    lw.respondToList("10");
    lw.respondToWatch().end(); // ends without events: back off, then watch again...
    lw.failWatch(apiError(500, "InternalError")); // ...which fails: relist with the last RV
    lw.failList(apiError(410, "Expired"));
    lw.respondToList("70");
    lw.respondToWatch();
    start();

    assertEquals("10", lw.awaitListCall(1).resourceVersion(), "a relist first asks for the last RV");
    assertNull(lw.awaitListCall(1).limit(), "a list at an exact RV is not paginated");
    assertEquals("", lw.awaitListCall(2).resourceVersion(), "then, that RV being too old, for the latest");
    assertEquals("70", lw.awaitWatchCall(2).resourceVersion());
  }

  @Test
  void paginatedInitialList() throws Exception {
    lw.respondToListPage("20", "token-1", cm("ns", "a", "5"), cm("ns", "b", "6"));
    lw.respondToListPage("20", null, cm("ns", "c", "7"));
    lw.respondToWatch();
    start();

    ListOptions first = lw.awaitListCall(0);
    assertEquals("0", first.resourceVersion());
    assertEquals(500L, first.limit());
    ListOptions second = lw.awaitListCall(1);
    assertEquals("token-1", second.continueToken());
    assertEquals(500L, second.limit());
    assertNull(second.resourceVersion(), "continue requests carry no resourceVersion");

    assertEquals("20", lw.awaitWatchCall(0).resourceVersion());
    assertEquals(List.of("replace@20 [ns/a, ns/b, ns/c]"), store.calls());
  }

  @Test
  void expiredContinueTokenFallsBackToOneFullList() throws Exception {
    lw.respondToListPage("20", "token-1", cm("ns", "a", "5"));
    lw.failList(apiError(410, "Expired"));
    lw.respondToList("25", cm("ns", "a", "5"), cm("ns", "b", "24"));
    lw.respondToWatch();
    start();

    ListOptions full = lw.awaitListCall(2);
    assertNull(full.limit());
    assertNull(full.continueToken());
    assertEquals("0", full.resourceVersion());
    assertEquals("25", lw.awaitWatchCall(0).resourceVersion());
    assertEquals(List.of("replace@25 [ns/a, ns/b]"), store.calls());
  }

  @Test
  void repeatedListFailuresBackOffExponentially() throws Exception {
    lw.failList(apiError(500, "InternalError"));
    lw.failList(new ApiException("connection refused", 0, new io.kubegen.runtime.api.Status()));
    lw.failList(apiError(503, "ServiceUnavailable"));
    lw.respondToList("30");
    lw.respondToWatch();
    start();

    lw.awaitWatchCall(0);
    assertEquals(List.of(Duration.ofMillis(800), Duration.ofMillis(1600), Duration.ofMillis(3200)), clock.sleeps());
    assertEquals(3, watchErrors.size(), "each failed round reaches the watch error handler");
    assertEquals(4, lw.listCalls().size());
  }

  @Test
  void backoffHasJitter() throws Exception {
    lw.failList(apiError(500, "InternalError"));
    lw.failList(apiError(500, "InternalError"));
    lw.respondToList("30");
    lw.respondToWatch();
    start(store, 0.5);

    lw.awaitWatchCall(0);
    assertEquals(List.of(Duration.ofMillis(1200), Duration.ofMillis(2400)), clock.sleeps());
  }

  @Test
  void tooManyRequestsOnWatchBacksOffAndWatchesAgainWithoutRelisting() throws Exception {
    lw.respondToList("10", cm("ns", "a", "8"));
    lw.failWatch(apiError(429, "TooManyRequests"));
    lw.failWatch(new ApiException("connection refused", 0, new io.kubegen.runtime.api.Status()));
    lw.respondToWatch();
    start();

    assertEquals("10", lw.awaitWatchCall(2).resourceVersion());
    assertEquals(List.of(Duration.ofMillis(800), Duration.ofMillis(1600)), clock.sleeps());
    assertEquals(1, lw.listCalls().size());
    assertEquals(List.of(), watchErrors);
  }

  @Test
  void replayedAddsOfKnownObjectsReachTheStoreAsAdds() throws Exception {
    // The mock server re-sends ADDED for every object on each new watch; the reflector passes them
    // on, and the DeltaFIFO/informer turns them into same-version updates (see the informer test).
    lw.respondToList("10", cm("ns", "a", "8"));
    lw.respondToWatch().added(cm("ns", "a", "8"));
    start();
    assertEquals(List.of("replace@10 [ns/a]", "add ns/a@8"), store.awaitCalls(2));
  }

  @Test
  void resyncsOnItsOwnThreadWhenAsked() throws Exception {
    FakeClock manual = new FakeClock();
    List<Boolean> answers = new ArrayList<>(List.of(false, true));
    lw.respondToList("1");
    lw.respondToWatch();
    reflector = Reflector.builder(lw, store).name("resyncing").clock(manual)
        .resyncPeriod(Duration.ofSeconds(30))
        .shouldResync(() -> answers.remove(0))
        .build();
    thread = new Thread(reflector::run);
    thread.start();
    lw.awaitWatchCall(0);

    manual.awaitSleeps(1);
    manual.step(Duration.ofSeconds(30)); // shouldResync says no
    manual.awaitSleeps(2);
    assertEquals(List.of("replace@1 []"), store.calls());
    manual.step(Duration.ofSeconds(30)); // yes
    assertEquals(List.of("replace@1 []", "resync"), store.awaitCalls(2));
  }

  @Test
  void deltaFifoGetsReplacedAndTombstonesOnRelist() throws Exception {
    Indexer<ConfigMap> known = Stores.newIndexer(Map.of());
    DeltaFIFO<ConfigMap> fifo = new DeltaFIFO<>(known);
    known.add(cm("ns", "a", "8"));
    known.add(cm("ns", "b", "9")); // deleted while the watch was down
    lw.respondToList("10", cm("ns", "a", "8"), cm("ns", "b", "9"));
    lw.respondToWatch().expired();
    lw.respondToList("50", cm("ns", "a", "40"));
    lw.respondToWatch();
    start(fifo, 0.0);
    lw.awaitWatchCall(1);

    List<String> aDeltas = fifo.deltasOf("ns/a").stream().map(d -> d.type().name()).toList();
    assertEquals(List.of("REPLACED"), aDeltas.subList(aDeltas.size() - 1, aDeltas.size()));
    List<Delta<ConfigMap>> b = fifo.deltasOf("ns/b");
    Delta<ConfigMap> last = b.get(b.size() - 1);
    assertEquals(DeltaType.DELETED, last.type());
    assertTrue(last.isTombstone());
  }
}
