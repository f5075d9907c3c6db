package io.kubegen.golden.apis.apps.v1;

import io.kubegen.golden.support.TestObject;

/** Stands in for the generated model of Deployment in the clientset tests. */
public final class Deployment extends TestObject {
  public Deployment() {
    super("apps/v1", "Deployment");
  }
}
