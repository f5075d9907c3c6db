package com.example.policy;

import io.kubegen.runtime.api.KubernetesListObject;
import io.kubegen.runtime.api.ListMeta;
import java.util.ArrayList;
import java.util.List;

/** A list of ClusterPolicies. */
public class ClusterPolicyList implements KubernetesListObject<ClusterPolicy> {
  private String apiVersion;
  private String kind;
  private ListMeta metadata;
  private List<ClusterPolicy> items = new ArrayList<>();

  public ClusterPolicyList() {}

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
  public List<ClusterPolicy> getItems() {
    return items;
  }

  @Override
  public void setItems(List<ClusterPolicy> items) {
    this.items = items;
  }
}
