package io.kubegen.golden.apis.policy.v1;

import io.kubegen.golden.support.TestObject;

/** Stands in for the generated model of Eviction in the clientset tests. */
public final class Eviction extends TestObject {
  public Eviction() {
    super("policy/v1", "Eviction");
  }
}
