/**
 * Leader election on a coordination.k8s.io/v1 {@link io.kubegen.runtime.leaderelection.Lease}, with
 * client-go's {@code tools/leaderelection} behaviour: {@link
 * io.kubegen.runtime.leaderelection.LeaderElector} over a {@link
 * io.kubegen.runtime.leaderelection.LeaseLock}, configured by a {@link
 * io.kubegen.runtime.leaderelection.LeaderElectionConfig}.
 */
package io.kubegen.runtime.leaderelection;
