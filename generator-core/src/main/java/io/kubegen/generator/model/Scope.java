package io.kubegen.generator.model;

/** Whether a resource lives in a namespace. */
public enum Scope {
  NAMESPACED,
  CLUSTER
}
