package io.kubegen.golden.apis.core.v1;

import io.kubegen.golden.support.TestObject;

/** Stands in for the generated model of Pod in the clientset tests. */
public final class Pod extends TestObject {
  public Pod() {
    super("v1", "Pod");
  }
}
