package io.kubegen.processor;

/**
 * A type the processor needs is not resolved yet ({@code TypeKind.ERROR}): perhaps another
 * processor generates it in a later round. The processor waits for the next round, and reports it
 * only if the last round comes without it.
 */
final class Unresolved extends Exception {
  private static final long serialVersionUID = 1L;

  Unresolved(String what) {
    super(what, null, false, false);
  }
}
