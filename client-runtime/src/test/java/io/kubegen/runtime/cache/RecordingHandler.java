package io.kubegen.runtime.cache;

import static org.junit.jupiter.api.Assertions.fail;

import io.kubegen.runtime.fixtures.ConfigMap;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A handler recording each call, as text ({@code add ns/a@1 initial}, {@code update ns/a@1->2},
 * {@code delete ns/b@9 tombstone}) and as the objects it got, for informer tests.
 */
final class RecordingHandler implements ResourceEventHandler<ConfigMap> {
  /** One call: the objects it carried (old is null but for updates). */
  record Call(String text, ConfigMap oldObj, ConfigMap newObj, Thread thread) {}

  private final LinkedBlockingQueue<Call> calls = new LinkedBlockingQueue<>();

  private static String describe(ConfigMap obj) {
    return KeyFunctions.metaNamespaceKey(obj) + "@" + obj.getMetadata().getResourceVersion();
  }

  @Override
  public void onAdd(ConfigMap obj, boolean isInInitialList) {
    calls.add(new Call("add " + describe(obj) + (isInInitialList ? " initial" : ""), null, obj, Thread.currentThread()));
  }

  @Override
  public void onUpdate(ConfigMap oldObj, ConfigMap newObj) {
    calls.add(new Call("update " + describe(oldObj) + "->" + newObj.getMetadata().getResourceVersion(),
        oldObj, newObj, Thread.currentThread()));
  }

  @Override
  public void onDelete(ConfigMap obj, boolean finalStateUnknown) {
    calls.add(new Call("delete " + describe(obj) + (finalStateUnknown ? " tombstone" : ""), null, obj,
        Thread.currentThread()));
  }

  /** The next call, waiting a few seconds at most. */
  Call nextCall() throws InterruptedException {
    Call call = calls.poll(5, TimeUnit.SECONDS);
    if (call == null) {
      fail("expected another handler call");
    }
    return call;
  }

  /** The texts of the next {@code count} calls. */
  List<String> next(int count) throws InterruptedException {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      texts.add(nextCall().text());
    }
    return texts;
  }

  /** The texts of the next {@code count} calls, sorted (for initial lists, whose order is unspecified). */
  List<String> nextSorted(int count) throws InterruptedException {
    return next(count).stream().sorted().toList();
  }

  /** Calls received and not yet taken. */
  List<String> pending() {
    return calls.stream().map(Call::text).toList();
  }
}
