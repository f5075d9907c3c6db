package io.kubegen.runtime.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** Identifies an object that owns this one; garbage collection follows these links. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public final class OwnerReference {
  private String apiVersion;
  private String kind;
  private String name;
  private String uid;
  private Boolean controller;
  private Boolean blockOwnerDeletion;

  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  /** Sets {@code apiVersion} and returns this object. */
  public OwnerReference withApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return this;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  /** Sets {@code kind} and returns this object. */
  public OwnerReference withKind(String kind) {
    this.kind = kind;
    return this;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  /** Sets {@code name} and returns this object. */
  public OwnerReference withName(String name) {
    this.name = name;
    return this;
  }

  public String getUid() {
    return uid;
  }

  public void setUid(String uid) {
    this.uid = uid;
  }

  /** Sets {@code uid} and returns this object. */
  public OwnerReference withUid(String uid) {
    this.uid = uid;
    return this;
  }

  public Boolean getController() {
    return controller;
  }

  public void setController(Boolean controller) {
    this.controller = controller;
  }

  /** Sets {@code controller} and returns this object. */
  public OwnerReference withController(Boolean controller) {
    this.controller = controller;
    return this;
  }

  public Boolean getBlockOwnerDeletion() {
    return blockOwnerDeletion;
  }

  public void setBlockOwnerDeletion(Boolean blockOwnerDeletion) {
    this.blockOwnerDeletion = blockOwnerDeletion;
  }

  /** Sets {@code blockOwnerDeletion} and returns this object. */
  public OwnerReference withBlockOwnerDeletion(Boolean blockOwnerDeletion) {
    this.blockOwnerDeletion = blockOwnerDeletion;
    return this;
  }

  /** A copy that shares no mutable state with this object. */
  public OwnerReference deepCopy() {
    OwnerReference copy = new OwnerReference();
    copy.apiVersion = apiVersion;
    copy.kind = kind;
    copy.name = name;
    copy.uid = uid;
    copy.controller = controller;
    copy.blockOwnerDeletion = blockOwnerDeletion;
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OwnerReference other
        && Objects.equals(apiVersion, other.apiVersion)
        && Objects.equals(kind, other.kind)
        && Objects.equals(name, other.name)
        && Objects.equals(uid, other.uid)
        && Objects.equals(controller, other.controller)
        && Objects.equals(blockOwnerDeletion, other.blockOwnerDeletion);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, kind, name, uid, controller, blockOwnerDeletion);
  }

  @Override
  public String toString() {
    return "OwnerReference{" + "apiVersion=" + apiVersion + ", kind=" + kind + ", name=" + name + ", uid=" + uid + ", controller=" + controller + ", blockOwnerDeletion=" + blockOwnerDeletion + "}";
  }
}
