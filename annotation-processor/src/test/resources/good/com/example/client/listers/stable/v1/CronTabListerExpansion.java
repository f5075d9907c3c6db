package com.example.client.listers.stable.v1;

import com.example.crontab.CronTab;
import io.kubegen.runtime.api.LabelSelector;
import java.util.List;

/** A user's own expansion at the generated name: the processor finds it and does not write one. */
public interface CronTabListerExpansion {
  List<CronTab> list(LabelSelector selector);

  /** The CronTabs of all namespaces that run this image. */
  default List<CronTab> byImage(String image) {
    return list(LabelSelector.everything()).stream()
        .filter(c -> c.getSpec() != null && image.equals(c.getSpec().containerImage))
        .toList();
  }
}
