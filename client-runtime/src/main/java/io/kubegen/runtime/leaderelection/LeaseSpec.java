package io.kubegen.runtime.leaderelection;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.kubegen.runtime.api.MicroTime;
import java.util.Objects;

/** The spec of a coordination.k8s.io/v1 {@link Lease}: who holds it, since when, and for how long. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"holderIdentity", "leaseDurationSeconds", "acquireTime", "renewTime", "leaseTransitions", "preferredHolder", "strategy"})
public final class LeaseSpec {
  private String holderIdentity;
  private Integer leaseDurationSeconds;
  private MicroTime acquireTime;
  private MicroTime renewTime;
  private Integer leaseTransitions;
  private String preferredHolder;
  private String strategy;

  /** The identity of the holder; empty or null when nobody holds the lease. */
  public String getHolderIdentity() {
    return holderIdentity;
  }

  public void setHolderIdentity(String holderIdentity) {
    this.holderIdentity = holderIdentity;
  }

  /** Sets {@code holderIdentity} and returns this object. */
  public LeaseSpec withHolderIdentity(String holderIdentity) {
    this.holderIdentity = holderIdentity;
    return this;
  }

  /** How long candidates wait, after last observing a change, before taking the lease over. */
  public Integer getLeaseDurationSeconds() {
    return leaseDurationSeconds;
  }

  public void setLeaseDurationSeconds(Integer leaseDurationSeconds) {
    this.leaseDurationSeconds = leaseDurationSeconds;
  }

  /** Sets {@code leaseDurationSeconds} and returns this object. */
  public LeaseSpec withLeaseDurationSeconds(Integer leaseDurationSeconds) {
    this.leaseDurationSeconds = leaseDurationSeconds;
    return this;
  }

  /** When the current holder acquired the lease. */
  public MicroTime getAcquireTime() {
    return acquireTime;
  }

  public void setAcquireTime(MicroTime acquireTime) {
    this.acquireTime = acquireTime;
  }

  /** Sets {@code acquireTime} and returns this object. */
  public LeaseSpec withAcquireTime(MicroTime acquireTime) {
    this.acquireTime = acquireTime;
    return this;
  }

  /** When the holder last renewed the lease, by its own clock. */
  public MicroTime getRenewTime() {
    return renewTime;
  }

  public void setRenewTime(MicroTime renewTime) {
    this.renewTime = renewTime;
  }

  /** Sets {@code renewTime} and returns this object. */
  public LeaseSpec withRenewTime(MicroTime renewTime) {
    this.renewTime = renewTime;
    return this;
  }

  /** How many times the lease has changed holders. */
  public Integer getLeaseTransitions() {
    return leaseTransitions;
  }

  public void setLeaseTransitions(Integer leaseTransitions) {
    this.leaseTransitions = leaseTransitions;
  }

  /** Sets {@code leaseTransitions} and returns this object. */
  public LeaseSpec withLeaseTransitions(Integer leaseTransitions) {
    this.leaseTransitions = leaseTransitions;
    return this;
  }

  /** The holder a coordinated election would like to hand the lease to. */
  public String getPreferredHolder() {
    return preferredHolder;
  }

  public void setPreferredHolder(String preferredHolder) {
    this.preferredHolder = preferredHolder;
  }

  /** Sets {@code preferredHolder} and returns this object. */
  public LeaseSpec withPreferredHolder(String preferredHolder) {
    this.preferredHolder = preferredHolder;
    return this;
  }

  /** The strategy of a coordinated election, such as {@code OldestEmulationVersion}. */
  public String getStrategy() {
    return strategy;
  }

  public void setStrategy(String strategy) {
    this.strategy = strategy;
  }

  /** Sets {@code strategy} and returns this object. */
  public LeaseSpec withStrategy(String strategy) {
    this.strategy = strategy;
    return this;
  }

  /** A copy that shares no mutable state with this object. */
  public LeaseSpec deepCopy() {
    LeaseSpec copy = new LeaseSpec();
    copy.holderIdentity = holderIdentity;
    copy.leaseDurationSeconds = leaseDurationSeconds;
    copy.acquireTime = acquireTime;
    copy.renewTime = renewTime;
    copy.leaseTransitions = leaseTransitions;
    copy.preferredHolder = preferredHolder;
    copy.strategy = strategy;
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LeaseSpec other
        && Objects.equals(holderIdentity, other.holderIdentity)
        && Objects.equals(leaseDurationSeconds, other.leaseDurationSeconds)
        && Objects.equals(acquireTime, other.acquireTime)
        && Objects.equals(renewTime, other.renewTime)
        && Objects.equals(leaseTransitions, other.leaseTransitions)
        && Objects.equals(preferredHolder, other.preferredHolder)
        && Objects.equals(strategy, other.strategy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(holderIdentity, leaseDurationSeconds, acquireTime, renewTime, leaseTransitions, preferredHolder, strategy);
  }

  @Override
  public String toString() {
    return "LeaseSpec{holderIdentity=" + holderIdentity + ", leaseDurationSeconds=" + leaseDurationSeconds
        + ", acquireTime=" + acquireTime + ", renewTime=" + renewTime + ", leaseTransitions=" + leaseTransitions
        + ", preferredHolder=" + preferredHolder + ", strategy=" + strategy + "}";
  }
}
