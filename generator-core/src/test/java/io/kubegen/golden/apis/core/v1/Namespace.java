package io.kubegen.golden.apis.core.v1;

import io.kubegen.golden.support.TestObject;

/** Stands in for the generated model of Namespace in the clientset tests. */
public final class Namespace extends TestObject {
  public Namespace() {
    super("v1", "Namespace");
  }
}
