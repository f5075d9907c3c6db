package io.kubegen.runtime.workqueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class WorkQueueTest {

  private static String take(WorkQueue<String> queue) throws InterruptedException {
    return queue.get().orElseThrow(() -> new AssertionError("queue shut down"));
  }

  @Test
  void handsOutItemsInOrderOfAdding() throws Exception {
    WorkQueue<String> queue = WorkQueue.create();
    queue.add("a");
    queue.add("b");
    queue.add("c");

    assertEquals(3, queue.len());
    assertEquals("a", take(queue));
    assertEquals("b", take(queue));
    assertEquals("c", take(queue));
    assertEquals(0, queue.len());
  }

  @Test
  void itemAddedSeveralTimesBeforeItIsTakenIsProcessedOnce() throws Exception {
    WorkQueue<String> queue = WorkQueue.create();
    queue.add("a");
    queue.add("b");
    queue.add("a");
    queue.add("a");

    assertEquals(2, queue.len());
    assertEquals("a", take(queue));
    assertEquals("b", take(queue));
    queue.done("a");
    queue.done("b");
    assertEquals(0, queue.len());
  }

  @Test
  void itemAddedWhileProcessingIsQueuedAgainOnlyAfterDone() throws Exception {
    WorkQueue<String> queue = WorkQueue.create();
    queue.add("a");
    assertEquals("a", take(queue));

    queue.add("a"); // changed while a worker processes it
    queue.add("a");
    assertEquals(0, queue.len(), "not handed to a second worker while the first has it");

    queue.add("b");
    assertEquals("b", take(queue), "other items are not held back");

    queue.done("a");
    assertEquals(1, queue.len(), "queued again, once, after done");
    assertEquals("a", take(queue));
    queue.done("a");
    queue.done("b");
    assertEquals(0, queue.len());
  }

  @Test
  void secondWorkerBlocksUntilTheReAddedItemIsDone() throws Exception {
    WorkQueue<String> queue = WorkQueue.create();
    queue.add("a");
    assertEquals("a", take(queue));
    queue.add("a");

    CompletableFuture<String> second = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        second.complete(take(queue));
      } catch (Throwable e) {
        second.completeExceptionally(e);
      }
    }, "second-worker");
    t.start();
    Eventually.awaitBlocked(t);
    assertFalse(second.isDone());

    queue.done("a");
    assertEquals("a", second.get(2, TimeUnit.SECONDS));
    t.join();
  }

  @Test
  void doneForAnItemNotBeingProcessedIsIgnored() throws Exception {
    WorkQueue<String> queue = WorkQueue.create();
    queue.add("a");
    queue.done("a"); // queued, not taken: must not be queued twice
    queue.done("never-added");

    assertEquals(1, queue.len());
    assertEquals("a", take(queue));
    queue.done("a");
    assertEquals(0, queue.len());
  }

  @Test
  void getBlocksUntilAnItemIsAdded() throws Exception {
    WorkQueue<String> queue = WorkQueue.create();
    CompletableFuture<String> got = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        got.complete(take(queue));
      } catch (Throwable e) {
        got.completeExceptionally(e);
      }
    }, "worker");
    t.start();
    Eventually.awaitBlocked(t);
    assertFalse(got.isDone());

    queue.add("x");
    assertEquals("x", got.get(2, TimeUnit.SECONDS));
    t.join();
  }

  @Test
  void shutDownWakesBlockedWorkersWithEmpty() throws Exception {
    WorkQueue<String> queue = WorkQueue.create();
    List<CompletableFuture<Optional<String>>> results = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      CompletableFuture<Optional<String>> result = new CompletableFuture<>();
      Thread t = new Thread(() -> {
        try {
          result.complete(queue.get());
        } catch (Throwable e) {
          result.completeExceptionally(e);
        }
      }, "worker-" + i);
      results.add(result);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      Eventually.awaitBlocked(t);
    }

    queue.shutDown();

    for (CompletableFuture<Optional<String>> result : results) {
      assertEquals(Optional.empty(), result.get(2, TimeUnit.SECONDS));
    }
    for (Thread t : threads) {
      t.join();
    }
    assertTrue(queue.shuttingDown());
  }

  @Test
  void afterShutDownAddsAreIgnoredAndQueuedItemsAreStillHandedOut() throws Exception {
    WorkQueue<String> queue = WorkQueue.create();
    queue.add("a");
    queue.shutDown();
    queue.add("b");

    assertEquals(1, queue.len());
    assertEquals(Optional.of("a"), queue.get());
    assertEquals(Optional.empty(), queue.get());
    queue.done("a");
    assertEquals(Optional.empty(), queue.get());
  }

  @Test
  void closeShutsDown() {
    WorkQueue<String> queue = WorkQueue.create();
    try (queue) {
      queue.add("a");
    }
    assertTrue(queue.shuttingDown());
  }

  @Test
  void shutDownWithDrainBlocksUntilItemsBeingProcessedAreDone() throws Exception {
    WorkQueue<String> queue = WorkQueue.create();
    queue.add("a");
    queue.add("b");
    assertEquals("a", take(queue));
    assertEquals("b", take(queue));

    CompletableFuture<Void> drained = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        queue.shutDownWithDrain();
        drained.complete(null);
      } catch (Throwable e) {
        drained.completeExceptionally(e);
      }
    }, "drainer");
    t.start();
    Eventually.awaitBlocked(t);
    assertTrue(queue.shuttingDown());
    queue.add("c");
    assertEquals(0, queue.len(), "adds are ignored while draining");

    queue.done("a");
    Eventually.awaitBlocked(t);
    assertFalse(drained.isDone(), "b is still being processed");

    queue.done("b");
    drained.get(2, TimeUnit.SECONDS);
    t.join();
  }

  @Test
  void shutDownWithDrainReturnsAtOnceWhenNothingIsBeingProcessed() throws Exception {
    WorkQueue<String> queue = WorkQueue.create();
    queue.shutDownWithDrain();
    assertTrue(queue.shuttingDown());
    assertEquals(Optional.empty(), queue.get());
  }

  @Test
  void shutDownEndsADrainThatWaits() throws Exception {
    WorkQueue<String> queue = WorkQueue.create();
    queue.add("a");
    take(queue);
    CompletableFuture<Void> drained = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        queue.shutDownWithDrain();
        drained.complete(null);
      } catch (Throwable e) {
        drained.completeExceptionally(e);
      }
    }, "drainer");
    t.start();
    Eventually.awaitBlocked(t);

    queue.shutDown();
    drained.get(2, TimeUnit.SECONDS);
    t.join();
  }

  @Test
  void nullItemsAreRejected() {
    WorkQueue<String> queue = WorkQueue.create();
    assertThrows(NullPointerException.class, () -> queue.add(null));
    assertThrows(NullPointerException.class, () -> queue.done(null));
  }
}
