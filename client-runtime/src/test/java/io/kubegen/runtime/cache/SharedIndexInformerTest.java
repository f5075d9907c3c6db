package io.kubegen.runtime.cache;

import static io.kubegen.runtime.cache.ScriptedListerWatcher.apiError;
import static io.kubegen.runtime.cache.TestObjects.cm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.kubegen.runtime.clock.Clock;
import io.kubegen.runtime.fixtures.ConfigMap;
import io.kubegen.runtime.testing.FakeClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SharedIndexInformerTest {
  private final ScriptedListerWatcher lw = new ScriptedListerWatcher();
  private SharedIndexInformer<ConfigMap> informer = newInformer(Clock.system());

  private SharedIndexInformer<ConfigMap> newInformer(Clock clock) {
    return SharedIndexInformer.builder(ConfigMap.class, lw)
        .name("test-configmaps")
        .indexers(Indexers.namespace())
        .clock(clock)
        .build();
  }

  @AfterEach
  void stopInformer() {
    informer.stop();
    assertEquals(List.of(), informerThreads(), "stop ends every informer thread");
  }

  static List<String> informerThreads() {
    List<String> names = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.isAlive() && t.getName().startsWith(SharedIndexInformer.THREAD_NAME_PREFIX)) {
        names.add(t.getName());
      }
    }
    return names;
  }

  static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        fail("timed out waiting until " + what);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1)); // A bounded poll, not a fixed delay.
    }
  }

  @Test
  void deliversInitialListThenWatchEvents() throws Exception {
    RecordingHandler handler = new RecordingHandler();
    ResourceEventHandlerRegistration registration = informer.addEventHandler(handler);
    lw.respondToList("10", cm("ns", "a", "8"), cm("ns", "b", "9"));
    ScriptedWatch watch = lw.respondToWatch();
    informer.start();

    assertEquals(List.of("add ns/a@8 initial", "add ns/b@9 initial"), handler.nextSorted(2));
    awaitTrue(registration::hasSynced, "the handler has synced");
    assertTrue(informer.hasSynced());

    watch.added(cm("ns", "c", "11")).modified(cm("ns", "a", "12")).deleted(cm("ns", "b", "13"));
    assertEquals(List.of("add ns/c@11", "update ns/a@8->12", "delete ns/b@13"), handler.next(3));
    assertEquals(List.of("ns/a", "ns/c"), informer.getIndexer().listKeys().stream().sorted().toList());
    assertEquals(2, informer.getIndexer().byIndex(Indexers.NAMESPACE, "ns").size());
    assertSame(informer.getIndexer(), informer.getStore());
    awaitTrue(() -> "13".equals(informer.lastSyncResourceVersion()), "the RV is the last event's");
  }

  @Test
  void replayedAddsOfUnchangedObjectsAreNotRepeated() throws Exception {
    RecordingHandler handler = new RecordingHandler();
    informer.addEventHandler(handler);
    lw.respondToList("10", cm("ns", "a", "8"));
    lw.respondToWatch().added(cm("ns", "a", "8")).added(cm("ns", "b", "11")).end();
    lw.respondToWatch().added(cm("ns", "a", "8")).added(cm("ns", "b", "11")).added(cm("ns", "a", "12"))
        .added(cm("ns", "z", "13"));
    informer.start();

    // The mock server re-sends ADDED for everything on each watch: same-RV adds are not news.
    assertEquals("add ns/a@8 initial", handler.nextCall().text());
    // Order holds per key; across keys it is the order keys were first queued.
    assertEquals(List.of("add ns/b@11", "update ns/a@8->12"), handler.nextSorted(2));
    assertEquals("add ns/z@13", handler.nextCall().text(), "nothing repeated before the last event");
  }

  @Test
  void slowHandlerDoesNotBlockAnother() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch slowEntered = new CountDownLatch(1);
    AtomicInteger slowCalls = new AtomicInteger();
    informer.addEventHandler(new ResourceEventHandler<>() {
      @Override
      public void onAdd(ConfigMap obj, boolean isInInitialList) {
        slowCalls.incrementAndGet();
        slowEntered.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    });
    RecordingHandler fast = new RecordingHandler();
    informer.addEventHandler(fast);
    lw.respondToList("10", cm("ns", "a", "1"));
    ScriptedWatch watch = lw.respondToWatch();
    informer.start();

    assertTrue(slowEntered.await(5, TimeUnit.SECONDS));
    for (int i = 0; i < 100; i++) {
      watch.added(cm("ns", "x" + i, String.valueOf(100 + i)));
    }
    assertEquals("add ns/a@1 initial", fast.nextCall().text());
    for (int i = 0; i < 100; i++) {
      assertEquals("add ns/x" + i + "@" + (100 + i), fast.nextCall().text());
    }
    assertEquals(1, slowCalls.get(), "the slow handler is still on its first call");
    release.countDown();
    awaitTrue(() -> slowCalls.get() == 101, "the slow handler catches up from its buffer");
  }

  @Test
  void registrationHasSyncedWaitsForItsHandlerToProcessTheInitialList() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    ResourceEventHandlerRegistration slow = informer.addEventHandler(new ResourceEventHandler<>() {
      @Override
      public void onAdd(ConfigMap obj, boolean isInInitialList) {
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    });
    ResourceEventHandlerRegistration fast = informer.addEventHandler(new RecordingHandler());
    lw.respondToList("10", cm("ns", "a", "1"), cm("ns", "b", "1"));
    lw.respondToWatch();
    informer.start();

    awaitTrue(fast::hasSynced, "the fast handler has synced");
    assertTrue(informer.hasSynced());
    assertFalse(slow.hasSynced(), "the slow handler has not processed the initial list yet");
    release.countDown();
    awaitTrue(slow::hasSynced, "the slow handler has synced");
  }

  @Test
  void exceptionInOneHandlerReachesNoOther() throws Exception {
    AtomicInteger thrown = new AtomicInteger();
    informer.addEventHandler(new ResourceEventHandler<>() {
      @Override
      public void onAdd(ConfigMap obj, boolean isInInitialList) {
        thrown.incrementAndGet();
        throw new IllegalStateException("handler bug");
      }
    });
    RecordingHandler healthy = new RecordingHandler();
    informer.addEventHandler(healthy);
    lw.respondToList("10", cm("ns", "a", "1"));
    lw.respondToWatch().added(cm("ns", "b", "11")).added(cm("ns", "c", "12"));
    informer.start();

    assertEquals(List.of("add ns/a@1 initial", "add ns/b@11", "add ns/c@12"), healthy.next(3));
    awaitTrue(() -> thrown.get() == 3, "the failing handler keeps getting its events");
    assertEquals(3, informer.getIndexer().list().size());
  }

  @Test
  void handlersRunOnTheirOwnThreads() throws Exception {
    RecordingHandler one = new RecordingHandler();
    RecordingHandler two = new RecordingHandler();
    informer.addEventHandler(one);
    informer.addEventHandler(two);
    lw.respondToList("10", cm("ns", "a", "1"));
    lw.respondToWatch();
    informer.start();
    Thread t1 = one.nextCall().thread();
    Thread t2 = two.nextCall().thread();
    assertNotSame(t1, t2);
    assertTrue(t1.getName().startsWith("kubegen-informer-test-configmaps-handler-"), t1.getName());
  }

  @Test
  void lateHandlerGetsTheCurrentObjectsAsAdds() throws Exception {
    lw.respondToList("10", cm("ns", "a", "1"), cm("ns", "b", "2"));
    ScriptedWatch watch = lw.respondToWatch();
    RecordingHandler early = new RecordingHandler();
    informer.addEventHandler(early);
    informer.start();
    early.next(2);
    awaitTrue(informer::hasSynced, "the informer has synced");

    RecordingHandler late = new RecordingHandler();
    ResourceEventHandlerRegistration registration = informer.addEventHandler(late);
    assertEquals(List.of("add ns/a@1 initial", "add ns/b@2 initial"), late.nextSorted(2));
    awaitTrue(registration::hasSynced, "the late handler has synced");
    watch.added(cm("ns", "c", "11"));
    assertEquals("add ns/c@11", late.nextCall().text());
    assertEquals("add ns/c@11", early.nextCall().text());
  }

  @Test
  void resyncDeliversUpdatesWithTheSameObjectToHandlersThatAskedForIt() throws Exception {
    FakeClock clock = new FakeClock();
    informer = newInformer(clock);
    RecordingHandler resyncing = new RecordingHandler();
    RecordingHandler plain = new RecordingHandler();
    informer.addEventHandler(resyncing, Duration.ofSeconds(10));
    informer.addEventHandler(plain);
    lw.respondToList("10", cm("ns", "a", "1"));
    ScriptedWatch watch = lw.respondToWatch();
    informer.start();
    resyncing.nextCall();
    plain.nextCall();

    clock.awaitSleeps(1);
    assertEquals(List.of(Duration.ofSeconds(10)), clock.sleeps(), "the resync check period is the handler's");
    clock.step(Duration.ofSeconds(10));
    RecordingHandler.Call resync = resyncing.nextCall();
    assertEquals("update ns/a@1->1", resync.text());
    assertSame(resync.oldObj(), resync.newObj(), "a resync hands over the cached object as old and new");

    watch.modified(cm("ns", "a", "2"));
    assertEquals("update ns/a@1->2", plain.nextCall().text(), "no resync for the handler without a period");
    assertEquals("update ns/a@1->2", resyncing.nextCall().text());
  }

  @Test
  void shortResyncPeriodsAreRaisedToTheMinimum() throws Exception {
    FakeClock clock = new FakeClock();
    informer = newInformer(clock);
    informer.addEventHandler(new RecordingHandler(), Duration.ofMillis(10));
    lw.respondToList("10");
    lw.respondToWatch();
    informer.start();
    assertEquals(List.of(Duration.ofSeconds(1)), clock.awaitSleeps(1));
  }

  @Test
  void transformIsAppliedOnceBeforeCaching() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    informer.setTransform(obj -> {
      calls.incrementAndGet();
      ConfigMap copy = obj.deepCopy();
      copy.getMetadata().setManagedFields(null);
      copy.getMetadata().setLabels(Map.of("transformed", "true"));
      return copy;
    });
    RecordingHandler handler = new RecordingHandler();
    informer.addEventHandler(handler);
    lw.respondToList("10", cm("ns", "a", "1"));
    lw.respondToWatch().modified(cm("ns", "a", "2"));
    informer.start();

    assertEquals(Map.of("transformed", "true"), handler.nextCall().newObj().getMetadata().getLabels());
    RecordingHandler.Call update = handler.nextCall();
    assertEquals(Map.of("transformed", "true"), update.oldObj().getMetadata().getLabels());
    assertEquals(Map.of("transformed", "true"), update.newObj().getMetadata().getLabels());
    assertEquals(Map.of("transformed", "true"), informer.getIndexer().getByKey("ns/a").getMetadata().getLabels());
    assertEquals(2, calls.get());
    assertThrows(IllegalStateException.class, () -> informer.setTransform(obj -> obj));
    assertThrows(IllegalStateException.class, () -> informer.setWatchErrorHandler((r, e) -> { }));
    assertThrows(IllegalStateException.class, () -> informer.addIndexers(Map.of("x", o -> List.of())));
  }

  @Test
  void removedHandlerGetsNothingMore() throws Exception {
    RecordingHandler removed = new RecordingHandler();
    RecordingHandler kept = new RecordingHandler();
    ResourceEventHandlerRegistration registration = informer.addEventHandler(removed);
    informer.addEventHandler(kept);
    lw.respondToList("10", cm("ns", "a", "1"));
    ScriptedWatch watch = lw.respondToWatch();
    informer.start();
    assertEquals("add ns/a@1 initial", removed.nextCall().text());
    kept.nextCall();

    informer.removeEventHandler(registration);
    watch.added(cm("ns", "b", "11"));
    assertEquals("add ns/b@11", kept.nextCall().text());
    assertEquals(List.of(), removed.pending());
    informer.removeEventHandler(registration); // again: ignored
    awaitTrue(() -> informerThreads().stream().filter(n -> n.contains("-handler-")).count() == 1,
        "the removed handler's thread ends");
  }

  @Test
  void relistAfterExpiryDeliversGapDeletionsAsTombstones() throws Exception {
    RecordingHandler handler = new RecordingHandler();
    informer.addEventHandler(handler);
    lw.respondToList("10", cm("ns", "a", "8"), cm("ns", "b", "9"));
    lw.respondToWatch().expired();
    lw.respondToList("50", cm("ns", "a", "40"), cm("ns", "c", "45"));
    lw.respondToWatch();
    informer.start();

    assertEquals(List.of("add ns/a@8 initial", "add ns/b@9 initial"), handler.nextSorted(2));
    assertEquals(List.of("add ns/c@45", "delete ns/b@9 tombstone", "update ns/a@8->40"), handler.nextSorted(3));
    assertEquals("", lw.awaitListCall(1).resourceVersion());
    assertEquals(List.of("ns/a", "ns/c"), informer.getIndexer().listKeys().stream().sorted().toList());
  }

  @Test
  void watchErrorHandlerHearsOfFailures() throws Exception {
    List<RuntimeException> errors = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch failed = new CountDownLatch(1);
    informer.setWatchErrorHandler((reflector, error) -> {
      errors.add(error);
      failed.countDown();
    });
    lw.failList(apiError(403, "Forbidden"));
    informer.start();
    assertTrue(failed.await(5, TimeUnit.SECONDS));
    assertTrue(errors.get(0).getMessage().contains("403"), errors.toString());
    assertFalse(informer.hasSynced());
  }

  @Test
  void stopEndsEveryThreadAndRefusesNewHandlers() throws Exception {
    informer.addEventHandler(new RecordingHandler(), Duration.ofMinutes(1));
    lw.respondToList("10", cm("ns", "a", "1"));
    lw.respondToWatch();
    informer.start();
    awaitTrue(informer::hasSynced, "synced");
    assertFalse(informerThreads().isEmpty());

    informer.stop();
    assertEquals(List.of(), informerThreads());
    assertTrue(informer.isStopped());
    assertThrows(IllegalStateException.class, () -> informer.addEventHandler(new RecordingHandler()));
    informer.run(); // runs once only: returns at once
  }

  @Test
  void stopFromAHandlerDoesNotDeadlock() throws Exception {
    CountDownLatch stopped = new CountDownLatch(1);
    informer.addEventHandler(new ResourceEventHandler<>() {
      @Override
      public void onAdd(ConfigMap obj, boolean isInInitialList) {
        informer.stop();
        stopped.countDown();
      }
    });
    lw.respondToList("10", cm("ns", "a", "1"));
    lw.respondToWatch();
    informer.start();
    assertTrue(stopped.await(5, TimeUnit.SECONDS));
    awaitTrue(() -> informerThreads().isEmpty(), "every thread ends");
  }
}
