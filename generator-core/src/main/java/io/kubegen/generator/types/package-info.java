/**
 * The schema-to-Java type table, in one place: {@link io.kubegen.generator.types.JavaTypes} maps
 * every {@link io.kubegen.generator.model.TypeRef} to a JavaPoet type,
 * {@link io.kubegen.generator.types.RuntimeTypes} names the client-runtime classes generated code
 * uses, and {@link io.kubegen.generator.types.ApimachineryTypes} tells readers which OpenAPI
 * definitions are apimachinery types that the runtime provides (its API has no JavaPoet in it).
 */
package io.kubegen.generator.types;
