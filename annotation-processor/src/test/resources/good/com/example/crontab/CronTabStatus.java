package com.example.crontab;

import io.kubegen.runtime.api.Time;
import java.util.List;

/** The observed state of a CronTab. */
public class CronTabStatus {
  /** How many copies run. */
  public Integer replicas;

  /** The serialized label selector, for the scale subresource. */
  public String selector;

  /** When the job last ran. */
  public Time lastScheduleTime;

  /** Names of the active runs. */
  public List<String> active;

  public CronTabStatus() {}
}
