package com.example.crontab;

import io.kubegen.runtime.api.KubernetesListObject;
import io.kubegen.runtime.api.ListMeta;
import java.util.ArrayList;
import java.util.List;

/** A list of CronTabs. */
public class CronTabList implements KubernetesListObject<CronTab> {
  private String apiVersion;
  private String kind;
  private ListMeta metadata;
  private List<CronTab> items = new ArrayList<>();

  public CronTabList() {}

  @Override
  public String getApiVersion() {
    return apiVersion;
  }

  @Override
  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  @Override
  public String getKind() {
    return kind;
  }

  @Override
  public void setKind(String kind) {
    this.kind = kind;
  }

  @Override
  public ListMeta getMetadata() {
    return metadata;
  }

  @Override
  public void setMetadata(ListMeta metadata) {
    this.metadata = metadata;
  }

  @Override
  public List<CronTab> getItems() {
    return items;
  }

  @Override
  public void setItems(List<CronTab> items) {
    this.items = items;
  }
}
