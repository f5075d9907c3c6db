/**
 * The kubegen annotation processor: reads classes annotated with {@code
 * io.kubegen.runtime.annotations.Version} during javac and writes their listers and informers
 * (and, once generator-core has them, register, clientset and fake) through the {@code Filer},
 * plus their CustomResourceDefinitions under {@code META-INF/kubegen/crds/}.
 *
 * <p>A straight pipeline: {@link io.kubegen.processor.KubegenProcessor} → {@code ResourceScanner}
 * (one class → a checked {@code ResourceDeclaration}) → {@code ModelBuilder} (joint checks,
 * generator-core's {@code ApiModel} with the user's classes as the models) → the emitters chosen
 * by {@code Generators}, and {@code CrdBuilder} ({@code SchemaBuilder}, {@code BeanProperties},
 * {@code Yaml}). Everything reads the compiler's model ({@code javax.lang.model}), never
 * reflection; every problem goes through {@code Diagnostics} with a stable {@code [kubegen-...]}
 * tag.
 */
package io.kubegen.processor;
