package io.kubegen.runtime.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the typed client of a resource looks, as client-gen's {@code +genclient:...} tags. Without
 * it a resource gets every verb, and {@code updateStatus} when it has a {@code status} property.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface GenClient {
  /** No status subresource even though the class has a {@code status} property ({@code :noStatus}). */
  boolean noStatus() default false;

  /** No client at all: the type is registered but gets no verbs ({@code :noVerbs}). */
  boolean noVerbs() default false;

  /** Only get, list and watch ({@code :readonly}). */
  boolean readOnly() default false;

  /** Only these verbs ({@code :onlyVerbs=}); empty means all. */
  Verb[] onlyVerbs() default {};

  /** Every verb except these ({@code :skipVerbs=}). */
  Verb[] skipVerbs() default {};

  /** Extra methods on subresources ({@code +genclient:method=}). */
  Method[] methods() default {};

  /**
   * A hand-written interface the generated client should also extend, as client-go users write
   * {@code <Kind>Expansion}; {@code void.class} for none.
   */
  Class<?> expansion() default void.class;

  /** The verbs of a resource client. */
  enum Verb {
    GET,
    LIST,
    WATCH,
    CREATE,
    UPDATE,
    PATCH,
    DELETE,
    DELETE_COLLECTION,
    APPLY
  }

  /**
   * One extra client method on a subresource, as {@code
   * +genclient:method=Name,verb=,subresource=,input=,result=}.
   */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({})
  @interface Method {
    /** The Java method name, for example {@code getLogs}. */
    String name();

    /** One of {@code GET}, {@code LIST}, {@code CREATE}, {@code UPDATE}, {@code PATCH}, {@code APPLY}. */
    Verb verb();

    /** The subresource path segment, for example {@code token}. */
    String subresource();

    /** The request body type; {@code void.class} means the resource class (none for get and list). */
    Class<?> input() default void.class;

    /** The response type; {@code void.class} means the resource class. */
    Class<?> result() default void.class;
  }
}
