package io.kubegen.runtime.cache;

/**
 * Told whenever a reflector's list-and-watch round fails, before it backs off and lists again, as
 * client-go's {@code WatchErrorHandler}. Runs on the reflector's thread: it must return quickly and
 * must not throw. The default logs the error.
 */
@FunctionalInterface
public interface WatchErrorHandler {

  void onWatchError(Reflector<?, ?> reflector, RuntimeException error);
}
