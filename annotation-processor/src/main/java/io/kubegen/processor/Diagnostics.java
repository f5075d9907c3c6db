package io.kubegen.processor;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The one place the processor reports through. Every message starts with a stable tag ({@code
 * [kubegen-group]}, ...) that tests and users can grep for, names what is wrong and says how to fix
 * it; it points at the element, and at the annotation and value where there is one. Reporting never
 * throws: the processor reports and carries on, so one run shows every problem.
 *
 * <p>Messages are held until {@link #flush()}: a round that has to wait for an unresolved type
 * {@link #discard()}s them, so the retry in a later round does not report them twice.
 */
final class Diagnostics {
  private record Message(Diagnostic.Kind kind, String text, Element element,
      AnnotationMirror annotation, AnnotationValue value) {}

  private final Messager messager;
  private final List<Message> held = new ArrayList<>();
  private int errors;

  Diagnostics(Messager messager) {
    this.messager = messager;
  }

  void error(String tag, String message, Element element) {
    print(Diagnostic.Kind.ERROR, tag, message, element, null, null);
  }

  void error(String tag, String message, Element element, AnnotationMirror annotation) {
    print(Diagnostic.Kind.ERROR, tag, message, element, annotation, null);
  }

  void error(String tag, String message, Element element, AnnotationMirror annotation,
      AnnotationValue value) {
    print(Diagnostic.Kind.ERROR, tag, message, element, annotation, value);
  }

  void warning(String tag, String message, Element element) {
    print(Diagnostic.Kind.WARNING, tag, message, element, null, null);
  }

  /** An error that is no element's fault, such as a bad {@code -A} option. */
  void error(String tag, String message) {
    print(Diagnostic.Kind.ERROR, tag, message, null, null, null);
  }

  /** A bug in the processor: one line with the exception, never a stack trace. */
  void internalError(Throwable e, Element element) {
    String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    print(Diagnostic.Kind.ERROR, "[kubegen]", "internal error: " + what
        + " (please report this with the annotated class)", element, null, null);
    flush();
  }

  /** How many errors were reported so far, held ones included. */
  int errorCount() {
    return errors;
  }

  /** Prints the held messages. */
  void flush() {
    for (Message m : held) {
      send(m);
    }
    held.clear();
  }

  /** Forgets the held messages (the round will be retried). */
  void discard() {
    for (Message m : held) {
      if (m.kind() == Diagnostic.Kind.ERROR) {
        errors--;
      }
    }
    held.clear();
  }

  private void print(Diagnostic.Kind kind, String tag, String message, Element element,
      AnnotationMirror annotation, AnnotationValue value) {
    if (kind == Diagnostic.Kind.ERROR) {
      errors++;
    }
    held.add(new Message(kind, tag + " " + message, element, annotation, value));
  }

  private void send(Message m) {
    Diagnostic.Kind kind = m.kind();
    String text = m.text();
    Element element = m.element();
    AnnotationMirror annotation = m.annotation();
    AnnotationValue value = m.value();
    if (element == null) {
      messager.printMessage(kind, text);
    } else if (annotation == null) {
      messager.printMessage(kind, text, element);
    } else if (value == null) {
      messager.printMessage(kind, text, element, annotation);
    } else {
      messager.printMessage(kind, text, element, annotation, value);
    }
  }
}
