package io.kubegen.sample;

import io.kubegen.runtime.cache.ResourceEventHandler;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.workqueue.QueueConfig;
import io.kubegen.runtime.workqueue.RateLimitingQueue;
import io.kubegen.sample.k8s.apis.stable.v1.CronTab;
import io.kubegen.sample.k8s.apis.stable.v1.CronTabStatus;
import io.kubegen.sample.k8s.apis.stable.v1.CronTabStatusPhase;
import io.kubegen.sample.k8s.clientset.Clientset;
import io.kubegen.sample.k8s.informers.SharedInformerFactory;
import io.kubegen.sample.k8s.listers.stable.v1.CronTabLister;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A controller in client-go's shape, on the clients kubegen generated for this module: a shared
 * informer feeds keys of changed CronTabs into a rate-limited workqueue; a worker reconciles each
 * key from the lister's cache and writes the status back ({@code phase: Scheduled}, the observed
 * replicas) through the generated clientset's {@code updateStatus}. Failed keys are retried with
 * the queue's per-item backoff.
 */
final class CronTabController implements AutoCloseable {
  private final Clientset clients;
  private final SharedInformerFactory informers;
  private final CronTabLister lister;
  private final RateLimitingQueue<String> queue = RateLimitingQueue.create(QueueConfig.named("crontabs"));
  private final Consumer<String> log;
  private Thread worker;

  CronTabController(Clientset clients, SharedInformerFactory informers, Consumer<String> log) {
    this.clients = Objects.requireNonNull(clients, "clients");
    this.informers = Objects.requireNonNull(informers, "informers");
    this.log = Objects.requireNonNull(log, "log");
    this.lister = informers.stable().v1().cronTabs().lister();
    informers.stable().v1().cronTabs().informer().addEventHandler(new ResourceEventHandler<>() {
      @Override
      public void onAdd(CronTab obj, boolean isInInitialList) {
        queue.add(key(obj));
      }

      @Override
      public void onUpdate(CronTab oldObj, CronTab newObj) {
        queue.add(key(newObj));
      }
    });
  }

  /** Starts the informers, waits for their caches, then starts one worker. */
  void start(Duration syncTimeout) {
    informers.start();
    if (!informers.waitForCacheSync(syncTimeout).values().stream().allMatch(Boolean::booleanValue)) {
      throw new IllegalStateException("CronTab cache did not sync within " + syncTimeout);
    }
    worker = new Thread(this::work, "crontab-controller");
    worker.start();
  }

  private void work() {
    try {
      for (Optional<String> key = queue.get(); key.isPresent(); key = queue.get()) {
        try {
          reconcile(key.get());
          queue.forget(key.get());
        } catch (ApiException e) {
          log.accept("reconcile " + key.get() + " failed (" + e.reason().wireName() + "), retrying");
          queue.addRateLimited(key.get());
        } finally {
          queue.done(key.get());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Brings one CronTab's status in line with its spec; a no-op when it already is. */
  void reconcile(String key) {
    int slash = key.indexOf('/');
    String namespace = key.substring(0, slash);
    String name = key.substring(slash + 1);
    CronTab cached;
    try {
      cached = lister.cronTabs(namespace).get(name);
    } catch (ApiException e) {
      if (e.isNotFound()) {
        return; // deleted since it was queued
      }
      throw e;
    }
    long replicas = cached.getSpec() == null || cached.getSpec().getReplicas() == null
        ? 1 : cached.getSpec().getReplicas();
    CronTabStatus desired = new CronTabStatus().withPhase(CronTabStatusPhase.SCHEDULED).withReplicas(replicas);
    if (desired.equals(cached.getStatus())) {
      return;
    }
    CronTab update = cached.deepCopy(); // never change the informer's cached object
    update.setStatus(desired);
    clients.stableV1().cronTabs(namespace).updateStatus(update);
    log.accept("reconciled " + key + ": " + replicas + " replicas, Scheduled");
  }

  private static String key(CronTab c) {
    return c.getMetadata().getNamespace() + "/" + c.getMetadata().getName();
  }

  @Override
  public void close() throws InterruptedException {
    queue.shutDown();
    if (worker != null) {
      worker.join();
    }
    informers.shutdown();
  }
}
