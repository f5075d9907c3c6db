package io.kubegen.golden.apis.core.v1;

import io.kubegen.golden.support.TestList;

/** Stands in for the generated list of Namespace in the clientset tests. */
public final class NamespaceList extends TestList<Namespace> {
  public NamespaceList() {
    super("v1", "NamespaceList");
  }
}
