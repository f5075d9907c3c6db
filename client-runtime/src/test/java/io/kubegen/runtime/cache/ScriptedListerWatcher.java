package io.kubegen.runtime.cache;

import static org.junit.jupiter.api.Assertions.fail;

import io.kubegen.runtime.api.ListMeta;
import io.kubegen.runtime.api.ListOptions;
import io.kubegen.runtime.api.Status;
import io.kubegen.runtime.fixtures.ConfigMap;
import io.kubegen.runtime.fixtures.ConfigMapList;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.rest.Watch;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link ListerWatcher} answering each call with the next scripted response, and recording the
 * options of every call. A call with no response scripted yet blocks (interruptibly) until the test
 * scripts one, so the reflector under test waits where the test wants it.
 */
public final class ScriptedListerWatcher implements ListerWatcher<ConfigMap, ConfigMapList> {
  private static final long AWAIT_SECONDS = 5;

  private final LinkedBlockingQueue<Object> listResponses = new LinkedBlockingQueue<>();
  private final LinkedBlockingQueue<Object> watchResponses = new LinkedBlockingQueue<>();
  private final List<ListOptions> listCalls = new ArrayList<>();
  private final List<ListOptions> watchCalls = new ArrayList<>();

  /** Scripts a list response: a whole list, or the last page of a paginated one. */
  public void respondToList(String resourceVersion, ConfigMap... items) {
    respondToListPage(resourceVersion, null, items);
  }

  /** Scripts one page of a paginated list. */
  public void respondToListPage(String resourceVersion, String continueToken, ConfigMap... items) {
    ConfigMapList list = new ConfigMapList();
    ListMeta meta = new ListMeta();
    meta.setResourceVersion(resourceVersion);
    meta.setContinue(continueToken);
    list.setMetadata(meta);
    list.setItems(new ArrayList<>(List.of(items)));
    listResponses.add(list);
  }

  public void failList(ApiException error) {
    listResponses.add(error);
  }

  /** Scripts a watch response and returns it, for the test to push events into. */
  public ScriptedWatch respondToWatch() {
    ScriptedWatch watch = new ScriptedWatch();
    watchResponses.add(watch);
    return watch;
  }

  public void failWatch(ApiException error) {
    watchResponses.add(error);
  }

  @Override
  public ConfigMapList list(ListOptions options) {
    synchronized (this) {
      listCalls.add(options);
      notifyAll();
    }
    Object response = take(listResponses);
    if (response instanceof ApiException e) {
      throw e;
    }
    return (ConfigMapList) response;
  }

  @Override
  public Watch<ConfigMap> watch(ListOptions options) {
    synchronized (this) {
      watchCalls.add(options);
      notifyAll();
    }
    Object response = take(watchResponses);
    if (response instanceof ApiException e) {
      throw e;
    }
    return (ScriptedWatch) response;
  }

  /** The options of list call {@code index} (0-based), waiting a few seconds at most for it. */
  public ListOptions awaitListCall(int index) throws InterruptedException {
    return awaitCall(listCalls, index, "list");
  }

  /** The options of watch call {@code index} (0-based), waiting a few seconds at most for it. */
  public ListOptions awaitWatchCall(int index) throws InterruptedException {
    return awaitCall(watchCalls, index, "watch");
  }

  public synchronized List<ListOptions> listCalls() {
    return List.copyOf(listCalls);
  }

  public synchronized List<ListOptions> watchCalls() {
    return List.copyOf(watchCalls);
  }

  private synchronized ListOptions awaitCall(List<ListOptions> calls, int index, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(AWAIT_SECONDS);
    while (calls.size() <= index) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        fail("expected " + what + " call #" + index + ", saw " + calls);
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return calls.get(index);
  }

  /** Blocks for the next response; an interrupt becomes what an HTTP client reports: no response. */
  private static Object take(LinkedBlockingQueue<Object> responses) {
    try {
      return responses.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException("interrupted", 0, new Status().withMessage("interrupted"));
    }
  }

  /** An ApiException as the HTTP client builds it for a status code and reason. */
  public static ApiException apiError(int code, String reason) {
    Status status = new Status().withKind("Status").withApiVersion("v1").withStatus("Failure")
        .withCode(code).withReason(reason).withMessage(reason);
    return new ApiException("scripted " + code + " " + reason, code, status);
  }
}
