/**
 * Test doubles for code that uses generated clients, as client-go's {@code testing} package:
 * an in-memory {@link io.kubegen.runtime.testing.ObjectTracker} that behaves like the API server
 * where controllers depend on it (resourceVersion conflicts, generateName, finalizers,
 * deleteCollection, selectors, watch replay from a resourceVersion), and a {@link
 * io.kubegen.runtime.testing.Fake} that records every call as an {@link
 * io.kubegen.runtime.testing.Action} and answers it through a chain of reactors, so tests can
 * inject errors. {@code Fake} is a {@link io.kubegen.runtime.rest.ResourceClientFactory}: a
 * generated fake clientset hands it to the same typed clients the real clientset uses. A {@link
 * io.kubegen.runtime.testing.FakeClock} stands in for the {@link io.kubegen.runtime.clock.Clock}
 * of informers, work queues, REST clients and leader election, so tests step time instead of
 * sleeping.
 */
package io.kubegen.runtime.testing;
