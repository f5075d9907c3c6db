/**
 * The one injectable {@link io.kubegen.runtime.clock.Clock} every time-dependent part of the
 * runtime reads and waits on, as client-go's {@code k8s.io/utils/clock}. Tests inject {@code
 * io.kubegen.runtime.testing.FakeClock}. Wall-clock instants for credential expiry in {@code
 * clientcmd} use {@link java.time.Clock} instead: they need no waiting.
 */
package io.kubegen.runtime.clock;
