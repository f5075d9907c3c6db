package it.crd.clientset.typed.stable.v1;

import io.kubegen.runtime.rest.ResourceClient;
import it.crd.apis.stable.v1.CronTab;
import it.crd.apis.stable.v1.CronTabList;

/** Written by hand: the plugin must find it and make the generated CronTabClient extend it. */
public interface CronTabExpansion {
  ResourceClient<CronTab, CronTabList> resourceClient();

  default int count() {
    return resourceClient().list().getItems().size();
  }
}
