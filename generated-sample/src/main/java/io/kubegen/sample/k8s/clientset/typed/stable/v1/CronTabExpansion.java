package io.kubegen.sample.k8s.clientset.typed.stable.v1;

import io.kubegen.runtime.api.PatchOptions;
import io.kubegen.runtime.rest.PatchType;
import io.kubegen.runtime.rest.ResourceClient;
import io.kubegen.sample.k8s.apis.stable.v1.CronTab;
import io.kubegen.sample.k8s.apis.stable.v1.CronTabList;

/**
 * Hand-written methods of the generated {@code CronTabClient}, client-gen's expansion hook: the
 * kubegen plugin finds this file in the sources and makes the generated client extend it instead
 * of generating an empty one.
 */
public interface CronTabExpansion {
  /** Implemented by the generated client: the generic client underneath. */
  ResourceClient<CronTab, CronTabList> resourceClient();

  /** Sets {@code spec.replicas} with a JSON patch, without reading the object first. */
  default CronTab setReplicas(String name, long replicas) {
    String patch = "[{\"op\":\"replace\",\"path\":\"/spec/replicas\",\"value\":" + replicas + "}]";
    return resourceClient().patch(name, PatchType.JSON, patch, PatchOptions.none());
  }
}
