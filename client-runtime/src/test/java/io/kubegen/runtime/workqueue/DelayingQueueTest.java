package io.kubegen.runtime.workqueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.testing.FakeClock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class DelayingQueueTest {
  private final FakeClock clock = new FakeClock();
  private final DefaultDelayingQueue<String> queue =
      (DefaultDelayingQueue<String>) DelayingQueue.create(QueueConfig.<String>named("delaying-test").withClock(clock));

  @AfterEach
  void shutDown() {
    queue.shutDown();
  }

  private void awaitLen(int len) {
    Eventually.await("the queue holds " + len + " items", () -> queue.len() == len);
  }

  private String take() throws InterruptedException {
    String item = queue.get().orElseThrow();
    queue.done(item);
    return item;
  }

  @Test
  void addsTheItemOnceTheDelayHasPassedOnTheClock() throws Exception {
    queue.addAfter("a", Duration.ofMillis(50));
    assertEquals(0, queue.len());
    assertEquals(1, queue.waitingCount());

    clock.step(Duration.ofMillis(49));
    clock.awaitWaiters(1);
    assertEquals(0, queue.len());

    clock.step(Duration.ofMillis(1));
    awaitLen(1);
    assertEquals("a", take());
    assertEquals(0, queue.waitingCount());
  }

  @Test
  void readyItemsComeOutInOrderOfReadyTime() throws Exception {
    queue.addAfter("a", Duration.ofMillis(30));
    queue.addAfter("b", Duration.ofMillis(10));
    queue.addAfter("c", Duration.ofMillis(20));
    queue.addAfter("d", Duration.ofMillis(20));

    clock.step(Duration.ofMillis(10));
    awaitLen(1);
    assertEquals("b", take());

    clock.step(Duration.ofMillis(10));
    awaitLen(2);
    assertEquals("c", take(), "same ready time: order of adding");
    assertEquals("d", take());

    clock.step(Duration.ofMillis(10));
    awaitLen(1);
    assertEquals("a", take());
  }

  @Test
  void oneStepPastSeveralReadyTimesAddsThemAllInOrder() throws Exception {
    queue.addAfter("late", Duration.ofSeconds(3));
    queue.addAfter("early", Duration.ofSeconds(1));
    queue.addAfter("middle", Duration.ofSeconds(2));

    clock.step(Duration.ofSeconds(5));
    awaitLen(3);
    assertEquals("early", take());
    assertEquals("middle", take());
    assertEquals("late", take());
  }

  @Test
  void forAnItemWaitingTwiceTheEarlierReadyTimeWins() throws Exception {
    queue.addAfter("x", Duration.ofMillis(50));
    queue.addAfter("x", Duration.ofMillis(10));
    assertEquals(1, queue.waitingCount());

    clock.step(Duration.ofMillis(10));
    awaitLen(1);
    assertEquals("x", take());
    assertEquals(0, queue.waitingCount(), "the later entry is gone, not added again at 50 ms");

    clock.step(Duration.ofMillis(40));
    clock.awaitWaiters(1);
    assertEquals(0, queue.len());
  }

  @Test
  void aLaterReadyTimeDoesNotPostponeTheItem() throws Exception {
    queue.addAfter("x", Duration.ofMillis(10));
    queue.addAfter("x", Duration.ofMillis(50));
    assertEquals(1, queue.waitingCount());

    clock.step(Duration.ofMillis(10));
    awaitLen(1);
    assertEquals("x", take());
    assertEquals(0, queue.waitingCount());
  }

  @Test
  void zeroOrNegativeDelayAddsAtOnce() throws Exception {
    queue.addAfter("now", Duration.ZERO);
    queue.addAfter("past", Duration.ofSeconds(-1));
    assertEquals(2, queue.len());
    assertEquals(0, queue.waitingCount());
    assertEquals("now", take());
    assertEquals("past", take());
  }

  @Test
  void aDelayedItemAlreadyQueuedIsDeduplicated() throws Exception {
    queue.add("a");
    queue.addAfter("a", Duration.ofMillis(5));
    clock.step(Duration.ofMillis(5));
    Eventually.await("the delayed copy is moved", () -> queue.waitingCount() == 0);
    assertEquals(1, queue.len());
  }

  @Test
  void hugeDelaysDoNotOverflow() throws Exception {
    queue.addAfter("never", Duration.ofSeconds(Long.MAX_VALUE));
    queue.addAfter("soon", Duration.ofMillis(1));
    clock.step(Duration.ofMillis(1));
    awaitLen(1);
    assertEquals("soon", take());
    assertEquals(1, queue.waitingCount());
  }

  @Test
  void aBlockedWorkerGetsTheItemWhenItBecomesReady() throws Exception {
    CompletableFuture<Optional<String>> got = CompletableFuture.supplyAsync(() -> {
      try {
        return queue.get();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    queue.addAfter("a", Duration.ofSeconds(1));
    clock.step(Duration.ofSeconds(1));
    assertEquals(Optional.of("a"), got.get(2, TimeUnit.SECONDS));
  }

  @Test
  void usesOneWaitingThreadThatEndsAtShutdown() throws Exception {
    Thread waiting = queue.waitingThread();
    assertTrue(waiting.isAlive());
    assertTrue(waiting.isDaemon());
    for (int i = 0; i < 100; i++) {
      queue.addAfter("item-" + i, Duration.ofMillis(1 + i));
    }
    long threads = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("kubegen-delaying-queue-delaying-test"))
        .count();
    assertEquals(1, threads);

    queue.shutDown();
    assertFalse(waiting.isAlive(), "shutDown waits for the waiting thread to end");
    assertSame(waiting, queue.waitingThread());
    assertEquals(0, queue.waitingCount(), "items that were not ready are dropped");
  }

  @Test
  void addAfterIsIgnoredAfterShutdown() throws Exception {
    queue.shutDown();
    queue.addAfter("a", Duration.ZERO);
    queue.addAfter("b", Duration.ofMillis(1));
    assertEquals(0, queue.len());
    assertEquals(0, queue.waitingCount());
    assertTrue(queue.shuttingDown());
    assertEquals(Optional.empty(), queue.get());
  }

  @Test
  void shutDownWithDrainStopsTheThreadAndWaitsForProcessing() throws Exception {
    queue.add("a");
    assertEquals("a", queue.get().orElseThrow());
    queue.addAfter("later", Duration.ofSeconds(1));
    Thread waiting = queue.waitingThread();

    CompletableFuture<Void> drained = new CompletableFuture<>();
    Thread drainer = new Thread(() -> {
      try {
        queue.shutDownWithDrain();
        drained.complete(null);
      } catch (Throwable e) {
        drained.completeExceptionally(e);
      }
    }, "drainer");
    drainer.start();
    Eventually.await("the waiting thread ends", () -> !waiting.isAlive());
    Eventually.awaitBlocked(drainer);
    assertFalse(drained.isDone());

    queue.done("a");
    drained.get(2, TimeUnit.SECONDS);
    drainer.join();
    assertEquals(0, queue.len());
  }

  @Test
  void wrapsAnExistingQueueAndShutsItDown() throws Exception {
    WorkQueue<String> inner = WorkQueue.create();
    DelayingQueue<String> wrapping = DelayingQueue.wrap(inner, QueueConfig.<String>defaults().withClock(clock));
    wrapping.addAfter("a", Duration.ofMillis(1));
    clock.step(Duration.ofMillis(1));
    Eventually.await("a reaches the wrapped queue", () -> inner.len() == 1);
    wrapping.shutDown();
    assertTrue(inner.shuttingDown());
  }
}
