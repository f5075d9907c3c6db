/**
 * The base of generated informer factories, as the generic part of informer-gen's output: one
 * shared informer per type, started, synced and shut down together.
 */
package io.kubegen.runtime.informers;
