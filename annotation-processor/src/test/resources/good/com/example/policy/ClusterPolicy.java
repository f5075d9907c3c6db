package com.example.policy;

import io.kubegen.runtime.annotations.ClusterScoped;
import io.kubegen.runtime.annotations.Group;
import io.kubegen.runtime.annotations.Version;
import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.api.ObjectMeta;
import java.util.List;

/** A policy for the whole cluster. */
@Group("policy.example.com")
@Version("v1alpha1")
@ClusterScoped
public class ClusterPolicy implements KubernetesObject {
  private String apiVersion;
  private String kind;
  private ObjectMeta metadata;
  private Spec spec;

  public ClusterPolicy() {}

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
  public ObjectMeta getMetadata() {
    return metadata;
  }

  @Override
  public void setMetadata(ObjectMeta metadata) {
    this.metadata = metadata;
  }

  /** The rules. */
  public Spec getSpec() {
    return spec;
  }

  public void setSpec(Spec spec) {
    this.spec = spec;
  }

  /** The rules of a policy. */
  public record Spec(List<String> denied, boolean audit) {}
}
