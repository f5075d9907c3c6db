package io.kubegen.generator.emit;

import static io.kubegen.generator.emit.ClientsetCompiler.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.golden.apis.apps.v1.Deployment;
import io.kubegen.golden.apis.apps.v1.DeploymentList;
import io.kubegen.golden.apis.core.v1.Namespace;
import io.kubegen.golden.apis.core.v1.NamespaceList;
import io.kubegen.golden.clientset.typed.apps.v1.DeploymentExpansion;
import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.discovery.ApiGroupList;
import io.kubegen.runtime.discovery.ApiResource;
import io.kubegen.runtime.discovery.ApiResourceList;
import io.kubegen.runtime.discovery.Discovery;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.rest.ResourceClient;
import io.kubegen.runtime.scheme.GroupVersion;
import io.kubegen.runtime.scheme.GroupVersionKind;
import io.kubegen.runtime.scheme.GroupVersionResource;
import io.kubegen.runtime.scheme.Scheme;
import io.kubegen.runtime.testing.ObjectTracker;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The emitted clientset and fake clientset compile with {@code -Xlint:all -Werror}; the compiled
 * interfaces have exactly the verbs the model serves; the fake clientset runs (over the test stub
 * of the runtime's {@code testing.Fake}).
 */
class ClientsetCompileTest {
  private static final String B = ClientsetFixtures.BASE + ".clientset.";
  private static ClassLoader loader;

  @BeforeAll
  static void compile() {
    loader = ClientsetCompiler.compile(ClientsetGoldenTest.emitAll(ClientsetFixtures.context()));
  }

  private static Class<?> load(String name) throws ClassNotFoundException {
    return loader.loadClass(B + name);
  }

  private static Set<String> publicMethods(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
        .map(ClientsetCompileTest::signature)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String signature(Method m) {
    return m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
        .collect(Collectors.joining(",", "(", ")"));
  }

  @Test
  void everyVerbTheModelServesAndNoOther() throws Exception {
    assertEquals(new TreeSet<>(List.of(
            "create(Deployment)", "create(Deployment,CreateOptions)",
            "update(Deployment)", "update(Deployment,UpdateOptions)",
            "updateStatus(Deployment)", "updateStatus(Deployment,UpdateOptions)",
            "delete(String)", "delete(String,DeleteOptions)",
            "deleteCollection(ListOptions)", "deleteCollection(DeleteOptions,ListOptions)",
            "get(String)", "get(String,GetOptions)",
            "list()", "list(ListOptions)",
            "watch()", "watch(ListOptions)",
            "patch(String,PatchType,String)", "patch(String,PatchType,String,PatchOptions,String[])",
            "apply(Deployment,String)", "apply(Deployment,ApplyOptions)",
            "applyStatus(Deployment,String)", "applyStatus(Deployment,ApplyOptions)",
            "getScale(String)", "getScale(String,GetOptions)",
            "updateScale(String,Scale)", "updateScale(String,Scale,UpdateOptions)",
            "resourceClient()")),
        publicMethods(load("typed.apps.v1.DeploymentClient")));
    // No deletecollection, no apply, no scale; status without apply; a GET subresource.
    assertEquals(new TreeSet<>(List.of(
            "create(Certificate)", "create(Certificate,CreateOptions)",
            "update(Certificate)", "update(Certificate,UpdateOptions)",
            "updateStatus(Certificate)", "updateStatus(Certificate,UpdateOptions)",
            "delete(String)", "delete(String,DeleteOptions)",
            "get(String)", "get(String,GetOptions)",
            "list()", "list(ListOptions)",
            "watch()", "watch(ListOptions)",
            "patch(String,PatchType,String)", "patch(String,PatchType,String,PatchOptions,String[])",
            "getInfo(String)", "getInfo(String,Map)",
            "resourceClient()")),
        publicMethods(load("typed.certmanager.v1.CertificateClient")));
    Set<String> pod = publicMethods(load("typed.core.v1.PodClient"));
    assertTrue(pod.containsAll(List.of("createEviction(String,Eviction)",
        "createEviction(String,Eviction,CreateOptions)", "getLog(String)", "getLog(String,Map)")), pod.toString());
    assertFalse(pod.stream().anyMatch(m -> m.startsWith("getScale")), pod.toString());
    Set<String> namespace = publicMethods(load("typed.core.v1.NamespaceClient"));
    assertTrue(namespace.contains("updateFinalize(String,Namespace,UpdateOptions)"), namespace.toString());
    assertFalse(namespace.stream().anyMatch(m -> m.startsWith("deleteCollection")), namespace.toString());
  }

  @Test
  void clusterScopedResourcesTakeNoNamespace() throws Exception {
    Class<?> core = load("typed.core.v1.CoreV1Client");
    assertEquals(0, core.getMethod("namespaces").getParameterCount());
    assertEquals(List.of(String.class), List.of(core.getMethod("pods", String.class).getParameterTypes()));
    for (Method m : load("typed.core.v1.NamespaceClient").getMethods()) {
      for (java.lang.reflect.Parameter p : m.getParameters()) {
        assertFalse(p.getName().equals("namespace"), m.toString());
      }
    }
  }

  @Test
  void clientsetHasOneSortedAccessorPerGroupVersionWithResources() throws Exception {
    Class<?> clientset = load("Clientset");
    List<String> accessors = Arrays.stream(clientset.getDeclaredMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()))
        .map(Method::getName).sorted().toList();
    // policy/v1 has types but no resources: no client.
    assertEquals(List.of("appsV1", "certManagerV1", "coreV1", "discovery"), accessors);
    assertTrue(Modifier.isFinal(load("ClientsetImpl").getModifiers()));
    assertFalse(Modifier.isPublic(load("ClientsetImpl").getModifiers()));
    assertFalse(Modifier.isPublic(load("typed.apps.v1.AppsV1ClientImpl").getModifiers()));
    Class<?> deployments = load("typed.apps.v1.DeploymentClient");
    List<String> abstractMethods = Arrays.stream(deployments.getDeclaredMethods())
        .filter(m -> Modifier.isAbstract(m.getModifiers())).map(Method::getName).toList();
    assertEquals(List.of("resourceClient"), abstractMethods, "every verb is a default method");
    assertThrows(ClassNotFoundException.class, () -> load("typed.apps.v1.DeploymentClientImpl"),
        "no implementation class per resource");
  }

  @Test
  void userExpansionIsExtendedAndNotGenerated() throws Exception {
    Class<?> deployments = load("typed.apps.v1.DeploymentClient");
    assertEquals(List.of(DeploymentExpansion.class), List.of(deployments.getInterfaces()));
    assertThrows(ClassNotFoundException.class,
        () -> ClientsetCompiler.class.getClassLoader().getParent().loadClass(
            B + "typed.apps.v1.DeploymentClientImpl"));
    Class<?> pods = load("typed.core.v1.PodClient");
    assertEquals(List.of(), List.of(pods.getInterfaces()), "without a user's expansion, none");
    assertThrows(ClassNotFoundException.class, () -> load("typed.core.v1.PodExpansion"),
        "no empty expansion is generated");
  }

  @Test
  void fakeClientsetServesSeededObjectsThroughTheGeneratedTypedClients() throws Exception {
    Deployment seeded = deployment("ns1", "web");
    Namespace ns1 = new Namespace();
    ns1.setMetadata(new ObjectMeta().withName("ns1"));
    Class<?> fakeType = load("fake.FakeClientset");
    Object fake = fakeType.getMethod("create", KubernetesObject[].class)
        .invoke(null, (Object) new KubernetesObject[] {seeded, ns1});
    assertTrue(load("Clientset").isInstance(fake));

    Object deployments = call(call(fake, "appsV1"), "deployments", "ns1");
    assertEquals("web", ((Deployment) call(deployments, "get", "web")).getMetadata().getName());
    call(deployments, "create", deployment("ns1", "api"));
    assertEquals(List.of("api", "web"), names((DeploymentList) call(deployments, "list")));
    assertEquals(2, ((DeploymentList) call(call(call(fake, "appsV1"), "deployments", ""), "list"))
        .getItems().size());
    assertEquals(0, ((DeploymentList) call(call(call(fake, "appsV1"), "deployments", "ns2"), "list"))
        .getItems().size());
    ApiException notFound = assertThrows(ApiException.class, () -> call(deployments, "get", "nope"));
    assertTrue(notFound.isNotFound());
    call(deployments, "delete", "web");
    assertEquals(List.of("api"), names((DeploymentList) call(deployments, "list")));

    // The user's expansion method runs on the generated client.
    Deployment named = ((DeploymentExpansion) deployments).createNamed("by-expansion");
    assertEquals("by-expansion", named.getMetadata().getName());
    assertEquals(List.of("api", "by-expansion"), names((DeploymentList) call(deployments, "list")));

    Object namespaces = call(call(fake, "coreV1"), "namespaces");
    assertEquals(List.of("ns1"), ((NamespaceList) call(namespaces, "list")).getItems().stream()
        .map(n -> n.getMetadata().getName()).toList());
    ObjectTracker tracker = (ObjectTracker) call(fake, "tracker");
    tracker.add(deployment("ns1", "via-tracker"));
    assertEquals("via-tracker", ((Deployment) call(deployments, "get", "via-tracker")).getMetadata().getName());
  }

  @Test
  void fakeSchemeKnowsEveryKindAndResource() throws Exception {
    Scheme scheme = (Scheme) load("fake.FakeClientset").getMethod("scheme").invoke(null);
    assertEquals(Deployment.class, scheme.classFor(new GroupVersionKind("apps", "v1", "Deployment")).orElseThrow());
    assertEquals(DeploymentList.class,
        scheme.classFor(new GroupVersionKind("apps", "v1", "DeploymentList")).orElseThrow());
    assertEquals(new GroupVersionResource("cert-manager.io", "v1", "certificates"),
        scheme.resourceFor(new GroupVersionKind("cert-manager.io", "v1", "Certificate")).orElseThrow());
    assertFalse(scheme.isNamespaced(new GroupVersionResource("", "v1", "namespaces")));
    assertTrue(scheme.isNamespaced(new GroupVersionResource("", "v1", "pods")));
  }

  @Test
  void fakeDiscoveryAnswersFromTheModel() throws Exception {
    Object fake = load("fake.FakeClientset").getMethod("create", KubernetesObject[].class)
        .invoke(null, (Object) new KubernetesObject[0]);
    Discovery discovery = (Discovery) call(fake, "discovery");
    ApiGroupList groups = discovery.serverGroups();
    assertEquals(List.of("", "apps", "cert-manager.io"), groups.groups().stream().map(g -> g.name()).toList());
    assertEquals(new GroupVersion("cert-manager.io", "v1"),
        groups.group("cert-manager.io").orElseThrow().preferredGroupVersion());
    ApiResourceList core = discovery.serverResourcesForGroupVersion("v1");
    assertEquals(List.of("namespaces", "namespaces/finalize", "namespaces/status", "pods",
            "pods/eviction", "pods/log", "pods/status"),
        core.resources().stream().map(ApiResource::name).toList());
    ApiResource namespaces = core.find("namespaces").orElseThrow();
    assertFalse(namespaces.namespaced());
    assertEquals(List.of("ns"), namespaces.shortNames());
    assertFalse(namespaces.hasVerb("deletecollection"));
    assertTrue(core.find("pods").orElseThrow().hasVerb("deletecollection"));
    ApiResource scale = discovery.serverResourcesForGroupVersion("apps/v1").find("deployments/scale").orElseThrow();
    assertEquals(new GroupVersionKind("autoscaling", "v1", "Scale"),
        scale.groupVersionKind(new GroupVersion("apps", "v1")));
    assertTrue(discovery.serverPreferredResources().failed().isEmpty());
    ApiException missing = assertThrows(ApiException.class,
        () -> discovery.serverResourcesForGroupVersion("policy/v1"));
    assertTrue(missing.isNotFound());
    assertTrue(discovery.serverVersion().gitVersion().contains("fake"));
  }

  @Test
  void typedClientsAreFacadesOverTheFactorysResourceClients() throws Exception {
    Object fake = load("fake.FakeClientset").getMethod("create", KubernetesObject[].class)
        .invoke(null, (Object) new KubernetesObject[0]);
    ResourceClient<?, ?> bound = (ResourceClient<?, ?>) call(call(call(fake, "appsV1"), "deployments", "ns9"),
        "resourceClient");
    assertEquals("ns9", bound.namespace());
    assertEquals(new GroupVersionResource("apps", "v1", "deployments"), bound.resource());
    ResourceClient<?, ?> any = (ResourceClient<?, ?>) call(call(call(fake, "appsV1"), "deployments", ""),
        "resourceClient");
    assertEquals(null, any.namespace());
    ResourceClient<?, ?> cluster = (ResourceClient<?, ?>) call(call(call(fake, "coreV1"), "namespaces"),
        "resourceClient");
    assertFalse(cluster.isNamespaced());
    assertThrows(NullPointerException.class, () -> call(call(fake, "appsV1"), "deployments", (Object) null));
  }

  static Deployment deployment(String namespace, String name) {
    Deployment d = new Deployment();
    d.setMetadata(new ObjectMeta().withNamespace(namespace).withName(name));
    d.setField("spec", java.util.Map.of("replicas", 1));
    return d;
  }

  private static List<String> names(DeploymentList list) {
    return list.getItems().stream().map(d -> d.getMetadata().getName()).sorted().toList();
  }
}
