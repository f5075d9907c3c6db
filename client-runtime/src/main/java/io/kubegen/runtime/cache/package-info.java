/**
 * Client-side caches of API objects, as client-go's {@code tools/cache}: {@link
 * io.kubegen.runtime.cache.Store} and {@link io.kubegen.runtime.cache.Indexer}, the {@link
 * io.kubegen.runtime.cache.DeltaFIFO}, the {@link io.kubegen.runtime.cache.Reflector} that fills
 * them through a {@link io.kubegen.runtime.cache.ListerWatcher}, the {@link
 * io.kubegen.runtime.cache.SharedIndexInformer} with its event handlers, and the lister helpers
 * generated listers delegate to. Time comes from an injectable {@link
 * io.kubegen.runtime.clock.Clock}.
 */
package io.kubegen.runtime.cache;
