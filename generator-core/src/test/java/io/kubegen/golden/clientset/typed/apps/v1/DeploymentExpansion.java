package io.kubegen.golden.clientset.typed.apps.v1;

import io.kubegen.golden.apis.apps.v1.Deployment;
import io.kubegen.golden.apis.apps.v1.DeploymentList;
import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.rest.ResourceClient;

/**
 * A user's own expansion of the generated DeploymentClient: the tests name it in the context's
 * userTypes, so the generator extends it instead of generating an empty one. It declares the
 * generated {@code resourceClient()} to build on it.
 */
public interface DeploymentExpansion {

  ResourceClient<Deployment, DeploymentList> resourceClient();

  /** A method of the user's: creates a Deployment with just a name. */
  default Deployment createNamed(String name) {
    Deployment d = new Deployment();
    d.setMetadata(new ObjectMeta().withName(name));
    return resourceClient().create(d);
  }
}
