package io.kubegen.runtime.leaderelection;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.kubegen.runtime.api.KubernetesListObject;
import io.kubegen.runtime.api.ListMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A list of {@link Lease}s. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "items"})
public final class LeaseList implements KubernetesListObject<Lease> {
  private String apiVersion = Lease.API_VERSION;
  private String kind = "LeaseList";
  private ListMeta metadata;
  private List<Lease> items = new ArrayList<>();

  @Override
  public String getApiVersion() {
    return apiVersion;
  }

  @Override
  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  /** Sets {@code apiVersion} and returns this object. */
  public LeaseList withApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return this;
  }

  @Override
  public String getKind() {
    return kind;
  }

  @Override
  public void setKind(String kind) {
    this.kind = kind;
  }

  /** Sets {@code kind} and returns this object. */
  public LeaseList withKind(String kind) {
    this.kind = kind;
    return this;
  }

  @Override
  public ListMeta getMetadata() {
    return metadata;
  }

  @Override
  public void setMetadata(ListMeta metadata) {
    this.metadata = metadata;
  }

  /** Sets {@code metadata} and returns this object. */
  public LeaseList withMetadata(ListMeta metadata) {
    this.metadata = metadata;
    return this;
  }

  @Override
  public List<Lease> getItems() {
    return items;
  }

  @Override
  public void setItems(List<Lease> items) {
    this.items = items == null ? new ArrayList<>() : items;
  }

  /** Sets {@code items} and returns this object. */
  public LeaseList withItems(List<Lease> items) {
    setItems(items);
    return this;
  }

  /** A copy that shares no mutable state with this object. */
  public LeaseList deepCopy() {
    LeaseList copy = new LeaseList();
    copy.apiVersion = apiVersion;
    copy.kind = kind;
    copy.metadata = metadata == null ? null : metadata.deepCopy();
    copy.items = new ArrayList<>(items.size());
    for (Lease item : items) {
      copy.items.add(item == null ? null : item.deepCopy());
    }
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LeaseList other
        && Objects.equals(apiVersion, other.apiVersion)
        && Objects.equals(kind, other.kind)
        && Objects.equals(metadata, other.metadata)
        && Objects.equals(items, other.items);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, kind, metadata, items);
  }

  @Override
  public String toString() {
    return "LeaseList{apiVersion=" + apiVersion + ", kind=" + kind + ", metadata=" + metadata + ", items=" + items + "}";
  }
}
