package io.kubegen.runtime.rest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/** Shared bits of the watch tests: apiserver-shaped frames and thread probes. */
final class WatchTestSupport {
  static final String TOKEN = "watch-test-secret-token";

  private WatchTestSupport() {}

  /** A ConfigMap watch event as the API server writes it, newline-terminated. */
  static String event(String type, String name, String resourceVersion, String value) {
    return "{\"type\":\"" + type + "\",\"object\":{\"kind\":\"ConfigMap\",\"apiVersion\":\"v1\","
        + "\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"ns1\",\"uid\":\"uid-" + name + "\","
        + "\"resourceVersion\":\"" + resourceVersion + "\",\"creationTimestamp\":\"2024-05-01T10:00:00Z\"},"
        + "\"data\":{\"k\":\"" + value + "\"}}}\n";
  }

  /** A bookmark as the API server sends it at the end of the initial events of a watch list. */
  static String bookmark(String resourceVersion) {
    return "{\"type\":\"BOOKMARK\",\"object\":{\"kind\":\"ConfigMap\",\"apiVersion\":\"v1\","
        + "\"metadata\":{\"resourceVersion\":\"" + resourceVersion + "\",\"creationTimestamp\":null,"
        + "\"annotations\":{\"k8s.io/initial-events-end\":\"true\"}}}}\n";
  }

  /** The ERROR event the API server sends when the watch's resourceVersion is too old. */
  static String expired() {
    return "{\"type\":\"ERROR\",\"object\":{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},"
        + "\"status\":\"Failure\",\"message\":\"too old resource version: 5 (120)\",\"reason\":\"Expired\","
        + "\"code\":410}}\n";
  }

  static String forbidden() {
    return "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
        + "\"message\":\"configmaps is forbidden: User \\\"system:anonymous\\\" cannot watch resource "
        + "\\\"configmaps\\\" in API group \\\"\\\" in the namespace \\\"ns1\\\"\",\"reason\":\"Forbidden\","
        + "\"details\":{\"kind\":\"configmaps\"},\"code\":403}";
  }

  /** Names of live threads that start with this prefix. */
  static Set<String> liveThreads(String prefix) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(n -> n.startsWith(prefix))
        .collect(Collectors.toSet());
  }

  /** Runs the call on a new thread, returning once it blocks (or finishes). */
  static <R> CompletableFuture<R> callBlocking(BlockingCall<R> call) {
    CompletableFuture<R> result = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        result.complete(call.call());
      } catch (Throwable e) {
        result.completeExceptionally(e);
      }
    }, "watch-test-consumer");
    thread.setDaemon(true);
    thread.start();
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!result.isDone() && thread.getState() != Thread.State.WAITING
        && thread.getState() != Thread.State.TIMED_WAITING) {
      if (System.nanoTime() > deadline) {
        fail("the consumer thread never blocked");
      }
      LockSupport.parkNanos(1_000_000);
    }
    assertTrue(thread.isAlive() || result.isDone());
    return result;
  }

  @FunctionalInterface
  interface BlockingCall<R> {
    R call() throws Exception;
  }
}
