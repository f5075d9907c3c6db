package io.kubegen.generator.emit;

import static io.kubegen.generator.emit.ClientsetCompiler.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import io.kubegen.generator.model.ApiGroup;
import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.model.ApiVersion;
import io.kubegen.generator.model.Resource;
import io.kubegen.generator.model.Scope;
import io.kubegen.generator.model.Subresource;
import io.kubegen.generator.model.TypeRef;
import io.kubegen.generator.model.Verb;
import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.discovery.ApiResource;
import io.kubegen.runtime.discovery.Discovery;
import io.kubegen.runtime.rest.ResourceClient;
import io.kubegen.runtime.scheme.GroupVersionResource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kinds, plurals, groups and subresource names that could break out of a string literal or a
 * comment, clash with {@code java.lang} or with each other: the output compiles with
 * {@code -Werror}, and the strings reach the runtime unchanged.
 */
class ClientsetHostileNamesTest {
  private static final TypeRef OBJECT = TypeRef.ExistingClassRef.of("io.kubegen.runtime.api", "GenericKubernetesObject");
  private static final TypeRef LIST = TypeRef.ExistingClassRef.of("io.kubegen.runtime.api", "GenericKubernetesList");
  private static final String GROUP = "evil*/\"group\\u000a.example.com";
  private static final String PLURAL = "things*/\"\\u000a{@code x}<b>";

  private static Resource resource(String kind, String plural, Scope scope) {
    return Resource.builder(GROUP, "v1", kind, plural)
        .objectType(OBJECT)
        .listType(LIST)
        .scope(scope)
        .verbs(Verb.values())
        .subresource(Subresource.Status.standard())
        .subresource(Subresource.Other.of("x*/y\"z", List.of(Verb.GET, Verb.CREATE), null, TypeRef.STRING))
        .subresource(Subresource.Other.of("x-y-z", List.of(Verb.GET), null, TypeRef.STRING))
        .build();
  }

  private static EmitContext context() {
    ApiModel model = ApiModel.of(List.of(ApiGroup.of(GROUP, List.of(ApiVersion.of("v1", List.of(
        resource("Thing*/", PLURAL, Scope.NAMESPACED),
        resource("Class", "classes", Scope.CLUSTER),
        resource("Endpoint", "endpoint", Scope.NAMESPACED),
        resource("Endpoints", "endpoints", Scope.NAMESPACED)), List.of())))));
    return ClientsetFixtures.context(model);
  }

  @Test
  void hostileNamesCompileAndSurviveAsData() throws Exception {
    List<JavaFile> files = ClientsetGoldenTest.emitAll(context());
    for (JavaFile f : files) {
      String source = f.toString();
      // No comment can be closed early: in comment lines, "*/" appears only where the generator
      // ends its own comments (in string literals it is harmless data).
      for (String line : source.split("\n")) {
        String stripped = line.strip();
        boolean comment = stripped.startsWith("*") || stripped.startsWith("/**") || stripped.startsWith("//");
        if (comment && line.contains("*/")) {
          assertEquals("*/", line.strip(), f.typeSpec().name() + ": " + line);
        }
      }
    }
    ClassLoader loader = ClientsetCompiler.compile(files);
    Object fake = loader.loadClass(ClientsetFixtures.BASE + ".clientset.fake.FakeClientset")
        .getMethod("create", KubernetesObject[].class).invoke(null, (Object) new KubernetesObject[0]);
    // The group's first DNS label names the accessor, made safe by the naming rules.
    Object gv = call(fake, "evilGroupU000aV1");
    ResourceClient<?, ?> things = (ResourceClient<?, ?>) call(call(gv, "things", "ns"), "resourceClient");
    assertEquals(new GroupVersionResource(GROUP, "v1", PLURAL), things.resource());
    ResourceClient<?, ?> classes = (ResourceClient<?, ?>) call(call(gv, "classes"), "resourceClient");
    assertFalse(classes.isNamespaced());
    // Two kinds with one Java plural: distinct accessors.
    assertEquals("endpoint", ((ResourceClient<?, ?>) call(call(gv, "endpoints", "ns"), "resourceClient"))
        .resource().resource());
    assertEquals("endpoints", ((ResourceClient<?, ?>) call(call(gv, "endpoints2", "ns"), "resourceClient"))
        .resource().resource());
    Class<?> thingClient = loader.loadClass(ClientsetFixtures.BASE + ".clientset.typed.evilgroupu000a.v1.ThingClient");
    // Two subresources with one Java name: distinct methods.
    assertTrue(List.of(thingClient.getMethod("getXYZ", String.class).getName(),
        thingClient.getMethod("getXYZ2", String.class).getName()).size() == 2);
    Discovery discovery = (Discovery) call(fake, "discovery");
    assertEquals(GROUP, discovery.serverGroups().groups().get(0).name());
    assertTrue(discovery.serverResourcesForGroupVersion(new io.kubegen.runtime.scheme.GroupVersion(GROUP, "v1")).resources().stream()
        .map(ApiResource::name).toList().contains(PLURAL + "/x*/y\"z"));
  }

  @Test
  void docsEscapeEverythingThatCouldEndOrSteerAComment() {
    assertEquals("a&#42;/b &#64;see &#92;u000a &lt;b&gt; &amp; &#123;&#64;code x&#125; c d",
        ClientsetDocs.text("a*/b @see \\u000a <b> & {@code x} c\nd"));
  }
}
