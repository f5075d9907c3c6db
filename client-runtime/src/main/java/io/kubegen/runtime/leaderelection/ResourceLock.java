package io.kubegen.runtime.leaderelection;

/**
 * The object a {@link LeaderElector} keeps its {@link LeaderElectionRecord} in, as client-go's
 * {@code resourcelock.Interface}. Implementations remember the version of the object they last
 * read or wrote, so that {@link #update} fails with a Conflict if someone else wrote it since.
 *
 * <p>An elector calls its lock from its one running thread; implementations need not support
 * concurrent use by several electors.
 */
public interface ResourceLock {

  /**
   * Reads the record.
   *
   * @throws io.kubegen.runtime.rest.ApiException {@code isNotFound()} when the lock object does not
   *     exist; any other failure of the API call
   */
  LeaderElectionRecord get();

  /**
   * Creates the lock object holding the record.
   *
   * @throws io.kubegen.runtime.rest.ApiException {@code isAlreadyExists()} if another candidate
   *     created it first
   */
  void create(LeaderElectionRecord record);

  /**
   * Replaces the record in the object last read or written.
   *
   * @throws io.kubegen.runtime.rest.ApiException {@code isConflict()} if the object changed since
   * @throws IllegalStateException if neither {@link #get} nor {@link #create} has succeeded yet
   */
  void update(LeaderElectionRecord record);

  /** Names the lock in messages, such as {@code kube-system/my-controller}. */
  String describe();
}
