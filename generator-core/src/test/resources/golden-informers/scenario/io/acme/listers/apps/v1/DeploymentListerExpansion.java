package io.acme.listers.apps.v1;

import io.acme.apis.apps.v1.Deployment;
import io.kubegen.runtime.api.LabelSelector;
import java.util.List;
import java.util.Map;

/** A user's own expansion: the generator is told of it and does not write the empty one. */
public interface DeploymentListerExpansion {
  List<Deployment> list(LabelSelector selector);

  /** The Deployments of all namespaces labelled {@code app=<app>}. */
  default List<Deployment> byApp(String app) {
    return list(LabelSelector.of(Map.of("app", app)));
  }
}
