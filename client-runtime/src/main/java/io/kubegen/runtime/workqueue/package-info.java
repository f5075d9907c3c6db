/**
 * Work queues for controllers, with client-go's {@code util/workqueue} semantics: {@link
 * io.kubegen.runtime.workqueue.WorkQueue} (fair, de-duplicating, one worker per item at a time),
 * wrapped by {@link io.kubegen.runtime.workqueue.DelayingQueue} ({@code addAfter}, one waiting
 * thread per queue), wrapped by {@link io.kubegen.runtime.workqueue.RateLimitingQueue} (retries
 * delayed by a {@link io.kubegen.runtime.workqueue.RateLimiter}); metrics through a {@link
 * io.kubegen.runtime.workqueue.MetricsProvider}; time from an injectable {@link
 * io.kubegen.runtime.clock.Clock}.
 */
package io.kubegen.runtime.workqueue;
