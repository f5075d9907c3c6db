package io.kubegen.input.generate;

import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.naming.Naming;
import io.kubegen.input.ClusterReader;
import io.kubegen.input.GroupVersionFilter;
import java.util.Optional;

/** Where {@code fromCluster} reads from: the kubeconfig's cluster, or a test server. */
@FunctionalInterface
interface ClusterSource {
  /** @throws io.kubegen.input.ReadException naming the server or kubeconfig and what went wrong */
  ApiModel read(Optional<String> context, GroupVersionFilter filter, Naming naming);

  static ClusterSource kubeconfig() {
    return (context, filter, naming) ->
        ClusterReader.fromKubeconfig(context.orElse(null)).filter(filter).naming(naming).read();
  }
}
