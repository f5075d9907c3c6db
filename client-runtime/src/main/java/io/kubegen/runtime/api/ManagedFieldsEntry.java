package io.kubegen.runtime.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Which manager owns which fields of an object, as server-side apply records it. {@code fieldsV1} is kept as opaque JSON. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public final class ManagedFieldsEntry {
  private String manager;
  private String operation;
  private String apiVersion;
  private Time time;
  private String fieldsType;
  private Map<String, Object> fieldsV1;
  private String subresource;

  public String getManager() {
    return manager;
  }

  public void setManager(String manager) {
    this.manager = manager;
  }

  /** Sets {@code manager} and returns this object. */
  public ManagedFieldsEntry withManager(String manager) {
    this.manager = manager;
    return this;
  }

  public String getOperation() {
    return operation;
  }

  public void setOperation(String operation) {
    this.operation = operation;
  }

  /** Sets {@code operation} and returns this object. */
  public ManagedFieldsEntry withOperation(String operation) {
    this.operation = operation;
    return this;
  }

  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  /** Sets {@code apiVersion} and returns this object. */
  public ManagedFieldsEntry withApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return this;
  }

  public Time getTime() {
    return time;
  }

  public void setTime(Time time) {
    this.time = time;
  }

  /** Sets {@code time} and returns this object. */
  public ManagedFieldsEntry withTime(Time time) {
    this.time = time;
    return this;
  }

  public String getFieldsType() {
    return fieldsType;
  }

  public void setFieldsType(String fieldsType) {
    this.fieldsType = fieldsType;
  }

  /** Sets {@code fieldsType} and returns this object. */
  public ManagedFieldsEntry withFieldsType(String fieldsType) {
    this.fieldsType = fieldsType;
    return this;
  }

  public Map<String, Object> getFieldsV1() {
    return fieldsV1;
  }

  public void setFieldsV1(Map<String, Object> fieldsV1) {
    this.fieldsV1 = fieldsV1;
  }

  /** Sets {@code fieldsV1} and returns this object. */
  public ManagedFieldsEntry withFieldsV1(Map<String, Object> fieldsV1) {
    this.fieldsV1 = fieldsV1;
    return this;
  }

  public String getSubresource() {
    return subresource;
  }

  public void setSubresource(String subresource) {
    this.subresource = subresource;
  }

  /** Sets {@code subresource} and returns this object. */
  public ManagedFieldsEntry withSubresource(String subresource) {
    this.subresource = subresource;
    return this;
  }

  /** A copy that shares no mutable state with this object. */
  public ManagedFieldsEntry deepCopy() {
    ManagedFieldsEntry copy = new ManagedFieldsEntry();
    copy.manager = manager;
    copy.operation = operation;
    copy.apiVersion = apiVersion;
    copy.time = time;
    copy.fieldsType = fieldsType;
    copy.fieldsV1 = JsonValues.deepCopy(fieldsV1);
    copy.subresource = subresource;
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ManagedFieldsEntry other
        && Objects.equals(manager, other.manager)
        && Objects.equals(operation, other.operation)
        && Objects.equals(apiVersion, other.apiVersion)
        && Objects.equals(time, other.time)
        && Objects.equals(fieldsType, other.fieldsType)
        && Objects.equals(fieldsV1, other.fieldsV1)
        && Objects.equals(subresource, other.subresource);
  }

  @Override
  public int hashCode() {
    return Objects.hash(manager, operation, apiVersion, time, fieldsType, fieldsV1, subresource);
  }

  @Override
  public String toString() {
    return "ManagedFieldsEntry{" + "manager=" + manager + ", operation=" + operation + ", apiVersion=" + apiVersion + ", time=" + time + ", fieldsType=" + fieldsType + ", fieldsV1=" + fieldsV1 + ", subresource=" + subresource + "}";
  }
}
