package io.kubegen.runtime.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Metadata every persisted object has: name, namespace, labels, annotations, owners and the fields the server maintains. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public final class ObjectMeta {
  private String name;
  private String generateName;
  private String namespace;
  private String selfLink;
  private String uid;
  private String resourceVersion;
  private Long generation;
  private Time creationTimestamp;
  private Time deletionTimestamp;
  private Long deletionGracePeriodSeconds;
  private Map<String, String> labels;
  private Map<String, String> annotations;
  private List<OwnerReference> ownerReferences;
  private List<String> finalizers;
  private List<ManagedFieldsEntry> managedFields;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  /** Sets {@code name} and returns this object. */
  public ObjectMeta withName(String name) {
    this.name = name;
    return this;
  }

  public String getGenerateName() {
    return generateName;
  }

  public void setGenerateName(String generateName) {
    this.generateName = generateName;
  }

  /** Sets {@code generateName} and returns this object. */
  public ObjectMeta withGenerateName(String generateName) {
    this.generateName = generateName;
    return this;
  }

  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  /** Sets {@code namespace} and returns this object. */
  public ObjectMeta withNamespace(String namespace) {
    this.namespace = namespace;
    return this;
  }

  public String getSelfLink() {
    return selfLink;
  }

  public void setSelfLink(String selfLink) {
    this.selfLink = selfLink;
  }

  /** Sets {@code selfLink} and returns this object. */
  public ObjectMeta withSelfLink(String selfLink) {
    this.selfLink = selfLink;
    return this;
  }

  public String getUid() {
    return uid;
  }

  public void setUid(String uid) {
    this.uid = uid;
  }

  /** Sets {@code uid} and returns this object. */
  public ObjectMeta withUid(String uid) {
    this.uid = uid;
    return this;
  }

  public String getResourceVersion() {
    return resourceVersion;
  }

  public void setResourceVersion(String resourceVersion) {
    this.resourceVersion = resourceVersion;
  }

  /** Sets {@code resourceVersion} and returns this object. */
  public ObjectMeta withResourceVersion(String resourceVersion) {
    this.resourceVersion = resourceVersion;
    return this;
  }

  public Long getGeneration() {
    return generation;
  }

  public void setGeneration(Long generation) {
    this.generation = generation;
  }

  /** Sets {@code generation} and returns this object. */
  public ObjectMeta withGeneration(Long generation) {
    this.generation = generation;
    return this;
  }

  public Time getCreationTimestamp() {
    return creationTimestamp;
  }

  public void setCreationTimestamp(Time creationTimestamp) {
    this.creationTimestamp = creationTimestamp;
  }

  /** Sets {@code creationTimestamp} and returns this object. */
  public ObjectMeta withCreationTimestamp(Time creationTimestamp) {
    this.creationTimestamp = creationTimestamp;
    return this;
  }

  public Time getDeletionTimestamp() {
    return deletionTimestamp;
  }

  public void setDeletionTimestamp(Time deletionTimestamp) {
    this.deletionTimestamp = deletionTimestamp;
  }

  /** Sets {@code deletionTimestamp} and returns this object. */
  public ObjectMeta withDeletionTimestamp(Time deletionTimestamp) {
    this.deletionTimestamp = deletionTimestamp;
    return this;
  }

  public Long getDeletionGracePeriodSeconds() {
    return deletionGracePeriodSeconds;
  }

  public void setDeletionGracePeriodSeconds(Long deletionGracePeriodSeconds) {
    this.deletionGracePeriodSeconds = deletionGracePeriodSeconds;
  }

  /** Sets {@code deletionGracePeriodSeconds} and returns this object. */
  public ObjectMeta withDeletionGracePeriodSeconds(Long deletionGracePeriodSeconds) {
    this.deletionGracePeriodSeconds = deletionGracePeriodSeconds;
    return this;
  }

  public Map<String, String> getLabels() {
    return labels;
  }

  public void setLabels(Map<String, String> labels) {
    this.labels = labels;
  }

  /** Sets {@code labels} and returns this object. */
  public ObjectMeta withLabels(Map<String, String> labels) {
    this.labels = labels;
    return this;
  }

  public Map<String, String> getAnnotations() {
    return annotations;
  }

  public void setAnnotations(Map<String, String> annotations) {
    this.annotations = annotations;
  }

  /** Sets {@code annotations} and returns this object. */
  public ObjectMeta withAnnotations(Map<String, String> annotations) {
    this.annotations = annotations;
    return this;
  }

  public List<OwnerReference> getOwnerReferences() {
    return ownerReferences;
  }

  public void setOwnerReferences(List<OwnerReference> ownerReferences) {
    this.ownerReferences = ownerReferences;
  }

  /** Sets {@code ownerReferences} and returns this object. */
  public ObjectMeta withOwnerReferences(List<OwnerReference> ownerReferences) {
    this.ownerReferences = ownerReferences;
    return this;
  }

  public List<String> getFinalizers() {
    return finalizers;
  }

  public void setFinalizers(List<String> finalizers) {
    this.finalizers = finalizers;
  }

  /** Sets {@code finalizers} and returns this object. */
  public ObjectMeta withFinalizers(List<String> finalizers) {
    this.finalizers = finalizers;
    return this;
  }

  public List<ManagedFieldsEntry> getManagedFields() {
    return managedFields;
  }

  public void setManagedFields(List<ManagedFieldsEntry> managedFields) {
    this.managedFields = managedFields;
  }

  /** Sets {@code managedFields} and returns this object. */
  public ObjectMeta withManagedFields(List<ManagedFieldsEntry> managedFields) {
    this.managedFields = managedFields;
    return this;
  }

  /** A copy that shares no mutable state with this object. */
  public ObjectMeta deepCopy() {
    ObjectMeta copy = new ObjectMeta();
    copy.name = name;
    copy.generateName = generateName;
    copy.namespace = namespace;
    copy.selfLink = selfLink;
    copy.uid = uid;
    copy.resourceVersion = resourceVersion;
    copy.generation = generation;
    copy.creationTimestamp = creationTimestamp;
    copy.deletionTimestamp = deletionTimestamp;
    copy.deletionGracePeriodSeconds = deletionGracePeriodSeconds;
    copy.labels = labels == null ? null : new LinkedHashMap<>(labels);
    copy.annotations = annotations == null ? null : new LinkedHashMap<>(annotations);
    if (ownerReferences != null) {
      copy.ownerReferences = new ArrayList<>(ownerReferences.size());
      for (OwnerReference item : ownerReferences) {
        copy.ownerReferences.add(item == null ? null : item.deepCopy());
      }
    }
    copy.finalizers = finalizers == null ? null : new ArrayList<>(finalizers);
    if (managedFields != null) {
      copy.managedFields = new ArrayList<>(managedFields.size());
      for (ManagedFieldsEntry item : managedFields) {
        copy.managedFields.add(item == null ? null : item.deepCopy());
      }
    }
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ObjectMeta other
        && Objects.equals(name, other.name)
        && Objects.equals(generateName, other.generateName)
        && Objects.equals(namespace, other.namespace)
        && Objects.equals(selfLink, other.selfLink)
        && Objects.equals(uid, other.uid)
        && Objects.equals(resourceVersion, other.resourceVersion)
        && Objects.equals(generation, other.generation)
        && Objects.equals(creationTimestamp, other.creationTimestamp)
        && Objects.equals(deletionTimestamp, other.deletionTimestamp)
        && Objects.equals(deletionGracePeriodSeconds, other.deletionGracePeriodSeconds)
        && Objects.equals(labels, other.labels)
        && Objects.equals(annotations, other.annotations)
        && Objects.equals(ownerReferences, other.ownerReferences)
        && Objects.equals(finalizers, other.finalizers)
        && Objects.equals(managedFields, other.managedFields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, generateName, namespace, selfLink, uid, resourceVersion, generation, creationTimestamp, deletionTimestamp, deletionGracePeriodSeconds, labels, annotations, ownerReferences, finalizers, managedFields);
  }

  @Override
  public String toString() {
    return "ObjectMeta{" + "name=" + name + ", generateName=" + generateName + ", namespace=" + namespace + ", selfLink=" + selfLink + ", uid=" + uid + ", resourceVersion=" + resourceVersion + ", generation=" + generation + ", creationTimestamp=" + creationTimestamp + ", deletionTimestamp=" + deletionTimestamp + ", deletionGracePeriodSeconds=" + deletionGracePeriodSeconds + ", labels=" + labels + ", annotations=" + annotations + ", ownerReferences=" + ownerReferences + ", finalizers=" + finalizers + ", managedFields=" + managedFields + "}";
  }
}
