package io.kubegen.runtime.testing;

/**
 * What a {@link Reactor} answered: handled with a result (an object of any class that has the
 * resource's JSON shape, a list for {@code list}, null for {@code delete}), or not handled, so
 * that the next reactor runs. To fail the call, a reactor throws an {@code ApiException} (see
 * {@link StatusErrors}).
 */
public record Reaction(boolean handled, Object result) {
  private static final Reaction NOT_HANDLED = new Reaction(false, null);

  public static Reaction handled(Object result) {
    return new Reaction(true, result);
  }

  public static Reaction notHandled() {
    return NOT_HANDLED;
  }
}
