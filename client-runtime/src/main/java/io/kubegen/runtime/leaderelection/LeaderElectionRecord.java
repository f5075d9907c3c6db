package io.kubegen.runtime.leaderelection;

import io.kubegen.runtime.api.MicroTime;
import java.util.Objects;

/**
 * What a {@link ResourceLock} stores, independent of the object it is stored in: client-go's
 * {@code resourcelock.LeaderElectionRecord}.
 *
 * @param holderIdentity the holder; empty when nobody holds the lock (never null)
 * @param leaseDurationSeconds how long others wait after last seeing the record change
 * @param acquireTime when the holder acquired the lock; null if unknown
 * @param renewTime when the holder last renewed it; null if unknown
 * @param leaderTransitions how many times the holder has changed
 * @param preferredHolder for coordinated elections; null if none
 * @param strategy for coordinated elections; null if none
 */
public record LeaderElectionRecord(
    String holderIdentity,
    int leaseDurationSeconds,
    MicroTime acquireTime,
    MicroTime renewTime,
    int leaderTransitions,
    String preferredHolder,
    String strategy) {

  /** No holder: what an elector has observed before it has read the lock. */
  public static final LeaderElectionRecord EMPTY = new LeaderElectionRecord("", 0, null, null, 0, null, null);

  public LeaderElectionRecord {
    holderIdentity = holderIdentity == null ? "" : holderIdentity;
  }

  /** The record a Lease's spec holds; absent fields read as empty, zero or null. */
  public static LeaderElectionRecord fromLeaseSpec(LeaseSpec spec) {
    if (spec == null) {
      return EMPTY;
    }
    return new LeaderElectionRecord(
        spec.getHolderIdentity(),
        spec.getLeaseDurationSeconds() == null ? 0 : spec.getLeaseDurationSeconds(),
        spec.getAcquireTime(),
        spec.getRenewTime(),
        spec.getLeaseTransitions() == null ? 0 : spec.getLeaseTransitions(),
        emptyToNull(spec.getPreferredHolder()),
        emptyToNull(spec.getStrategy()));
  }

  /** The Lease spec for this record, as client-go's {@code LeaderElectionRecordToLeaseSpec}. */
  public LeaseSpec toLeaseSpec() {
    return new LeaseSpec()
        .withHolderIdentity(holderIdentity)
        .withLeaseDurationSeconds(leaseDurationSeconds)
        .withAcquireTime(acquireTime)
        .withRenewTime(renewTime)
        .withLeaseTransitions(leaderTransitions)
        .withPreferredHolder(emptyToNull(preferredHolder))
        .withStrategy(emptyToNull(strategy));
  }

  /** True when the record names a holder. */
  public boolean isHeld() {
    return !holderIdentity.isEmpty();
  }

  boolean isHeldBy(String identity) {
    return Objects.equals(holderIdentity, identity);
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
