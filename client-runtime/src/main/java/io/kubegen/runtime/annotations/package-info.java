/**
 * What users put on their own classes to make them Kubernetes resources: the Java form of
 * client-gen's {@code +groupName} and {@code +genclient} tags, plus the few CRD markers the
 * annotation processor ({@code io.kubegen:annotation-processor}) needs to write a
 * CustomResourceDefinition.
 *
 * <p>A class annotated with {@link io.kubegen.runtime.annotations.Version} is a resource. It
 * takes its group from {@link io.kubegen.runtime.annotations.Group} on the class or on its
 * package, implements {@link io.kubegen.runtime.api.KubernetesObject}, and has a list class
 * ({@code <Kind>List} next to it, or the one named by {@link
 * io.kubegen.runtime.annotations.Kind#list()}) implementing {@link
 * io.kubegen.runtime.api.KubernetesListObject} of it. Everything else has a default:
 *
 * <pre>{@code
 * @Group("stable.example.com")
 * @Version("v1")
 * @ShortNames("ct")
 * public class CronTab implements KubernetesObject { ... }
 * }</pre>
 *
 * <p>All annotations have {@code CLASS} retention: the processor reads them from sources and from
 * class files (a {@code @Group} on a package compiled earlier), and nothing reads them at run time.
 */
package io.kubegen.runtime.annotations;
