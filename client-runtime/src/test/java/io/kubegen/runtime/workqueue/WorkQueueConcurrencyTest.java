package io.kubegen.runtime.workqueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;

/**
 * Many producers and workers on one queue: no item is ever processed by two workers at once, the
 * queue never holds an item twice, and every add that returned before shutdown is followed by a
 * processing of that item (nothing is lost).
 */
class WorkQueueConcurrencyTest {
  private static final int ITEMS = 100;
  private static final int PRODUCERS = 4;
  private static final int ADDS_PER_PRODUCER = 5_000;
  private static final int WORKERS = 8;

  /** One add call: the sequence numbers taken just before it was called and just after it returned. */
  private record AddCall(int item, long start, long end) {}

  @RepeatedTest(3)
  @Timeout(5)
  void noItemIsProcessedConcurrentlyAndNoAddIsLost() throws Exception {
    WorkQueue<Integer> queue = WorkQueue.create();
    AtomicLong sequence = new AtomicLong();
    ConcurrentLinkedQueue<AddCall> adds = new ConcurrentLinkedQueue<>();
    AtomicLongArray lastGet = new AtomicLongArray(ITEMS);
    Map<Integer, Thread> inProgress = new ConcurrentHashMap<>();
    ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
    AtomicInteger processed = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);

    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < WORKERS; w++) {
      Thread worker = new Thread(() -> {
        try {
          start.await();
          for (Optional<Integer> next; (next = queue.get()).isPresent(); ) {
            int item = next.get();
            lastGet.accumulateAndGet(item, sequence.incrementAndGet(), Math::max);
            Thread other = inProgress.putIfAbsent(item, Thread.currentThread());
            if (other != null) {
              violations.add("item " + item + " processed by " + Thread.currentThread().getName()
                  + " while " + other.getName() + " has it");
            }
            if (ThreadLocalRandom.current().nextInt(4) == 0) {
              addRecorded(queue, item, sequence, adds); // the object changed while being processed
              Thread.yield();
            }
            for (int spin = ThreadLocalRandom.current().nextInt(1_000); spin > 0; spin--) { // the work
              Thread.onSpinWait();
            }
            inProgress.remove(item, Thread.currentThread());
            processed.incrementAndGet();
            queue.done(item);
          }
        } catch (InterruptedException e) {
          violations.add("worker interrupted");
        }
      }, "worker-" + w);
      workers.add(worker);
      worker.start();
    }

    List<Thread> producers = new ArrayList<>();
    for (int p = 0; p < PRODUCERS; p++) {
      Thread producer = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          violations.add("producer interrupted");
          return;
        }
        for (int i = 0; i < ADDS_PER_PRODUCER; i++) {
          addRecorded(queue, ThreadLocalRandom.current().nextInt(ITEMS), sequence, adds);
          if (i % 100 == 0 && queue.len() > ITEMS) {
            violations.add("queue holds " + queue.len() + " entries for " + ITEMS + " distinct items");
          }
        }
      }, "producer-" + p);
      producers.add(producer);
      producer.start();
    }

    start.countDown();
    for (Thread producer : producers) {
      producer.join();
    }
    long shutdownSequence = sequence.incrementAndGet();
    queue.shutDown();
    for (Thread worker : workers) {
      worker.join();
    }

    assertTrue(violations.isEmpty(), () -> String.join("\n", violations));
    long[] lastAcceptedAddStart = new long[ITEMS];
    for (AddCall add : adds) {
      if (add.end() < shutdownSequence) {
        lastAcceptedAddStart[add.item()] = Math.max(lastAcceptedAddStart[add.item()], add.start());
      }
    }
    for (int item = 0; item < ITEMS; item++) {
      if (lastAcceptedAddStart[item] > 0) {
        assertTrue(lastGet.get(item) > lastAcceptedAddStart[item],
            "item " + item + " was added at " + lastAcceptedAddStart[item] + " but last processed at " + lastGet.get(item));
      }
    }
    assertEquals(0, queue.len());
    assertTrue(processed.get() >= ITEMS / 2, "processed " + processed.get());
    assertTrue(processed.get() <= adds.size(), "processed " + processed.get() + " for " + adds.size() + " adds");
  }

  private static void addRecorded(WorkQueue<Integer> queue, int item, AtomicLong sequence, ConcurrentLinkedQueue<AddCall> adds) {
    long start = sequence.incrementAndGet();
    queue.add(item);
    adds.add(new AddCall(item, start, sequence.incrementAndGet()));
  }
}
