package com.example.crontab;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.kubegen.runtime.annotations.ListType;
import io.kubegen.runtime.annotations.PreserveUnknownFields;
import io.kubegen.runtime.annotations.Required;
import io.kubegen.runtime.api.IntOrString;
import io.kubegen.runtime.api.Quantity;
import io.kubegen.runtime.api.Time;
import java.util.List;
import java.util.Map;

/** The desired state of a CronTab. */
public class CronTabSpec {
  /** The schedule, in cron format: "* * * * *". */
  @Required
  public String cronSpec;

  /** The container image to run. */
  @JsonProperty(value = "image", required = true)
  public String containerImage;

  /** How many copies run at once. */
  public int replicas;

  /** What to do when a run is still going. */
  public ConcurrencyPolicy concurrencyPolicy;

  /** Labels added to every run. */
  public Map<String, String> runLabels;

  /** Containers by name. */
  @ListType(value = ListType.Type.MAP, keys = "name")
  public List<Container> containers;

  /** Tags, a set. */
  @ListType(ListType.Type.SET)
  public List<String> tags;

  /** A count or a percentage. */
  public IntOrString maxUnavailable;

  /** Memory per run. */
  public Quantity memory;

  /** When to start. */
  public Time startAt;

  /** Free-form settings. */
  public Map<String, Object> settings;

  /** Anything at all. */
  public Object payload;

  /** Limits by resource name. */
  public Map<String, Quantity> limits;

  /** Kept as is. */
  @PreserveUnknownFields
  public Template template;

  /** Binary data. */
  public byte[] data;

  /** Not part of the API. */
  @JsonIgnore
  public String cache;

  /** Not visible to Jackson. */
  @SuppressWarnings("unused")
  private String hidden;

  /** Private, but with a getter: the getter's doc wins only when the field has none. */
  private long deadlineSeconds;

  public CronTabSpec() {}

  public long getDeadlineSeconds() {
    return deadlineSeconds;
  }

  public void setDeadlineSeconds(long deadlineSeconds) {
    this.deadlineSeconds = deadlineSeconds;
  }

  /** When a run is still going. */
  public enum ConcurrencyPolicy {
    @JsonProperty("Allow")
    ALLOW,
    @JsonProperty("Forbid")
    FORBID,
    Replace
  }

  /** A container to run. */
  public static class Container {
    /** Its name, unique in the list. */
    @Required
    public String name;

    /** Its arguments. */
    public List<String> args;

    public Container() {}
  }

  /** A pod template. */
  public static class Template {
    /** Its labels. */
    public Map<String, String> labels;

    public Template() {}
  }
}
