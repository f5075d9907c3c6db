package io.kubegen.golden.apis.apps.v1;

import io.kubegen.golden.support.TestList;

/** Stands in for the generated list of Deployment in the clientset tests. */
public final class DeploymentList extends TestList<Deployment> {
  public DeploymentList() {
    super("apps/v1", "DeploymentList");
  }
}
