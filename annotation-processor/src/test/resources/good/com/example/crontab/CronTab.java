package com.example.crontab;

import io.kubegen.runtime.annotations.Categories;
import io.kubegen.runtime.annotations.Scale;
import io.kubegen.runtime.annotations.ShortNames;
import io.kubegen.runtime.annotations.Version;
import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.api.ObjectMeta;

/**
 * A CronTab runs an image on a schedule.
 *
 * <p>Descriptions are YAML-hostile: "quotes", a colon: here, # not a comment, a backslash \ and
 * {@code <b>code</b>}.
 */
@Version("v1")
@ShortNames("ct")
@Categories("all")
@Scale(labelSelectorPath = ".status.selector")
public class CronTab implements KubernetesObject {
  private String apiVersion;
  private String kind;
  private ObjectMeta metadata;
  private CronTabSpec spec;
  private CronTabStatus status;

  public CronTab() {}

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

  /** What the user wants. */
  public CronTabSpec getSpec() {
    return spec;
  }

  public void setSpec(CronTabSpec spec) {
    this.spec = spec;
  }

  /** What the controller saw. */
  public CronTabStatus getStatus() {
    return status;
  }

  public void setStatus(CronTabStatus status) {
    this.status = status;
  }
}
