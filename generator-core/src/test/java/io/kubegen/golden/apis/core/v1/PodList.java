package io.kubegen.golden.apis.core.v1;

import io.kubegen.golden.support.TestList;

/** Stands in for the generated list of Pod in the clientset tests. */
public final class PodList extends TestList<Pod> {
  public PodList() {
    super("v1", "PodList");
  }
}
