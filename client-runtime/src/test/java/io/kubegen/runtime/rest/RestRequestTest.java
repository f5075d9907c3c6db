package io.kubegen.runtime.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.scheme.GroupVersion;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Paths, query encoding and client-go's validation rules, without a server. */
class RestRequestTest {
  private static final String BASE = "https://api.example.test:6443";
  private final RestClient client = RestClient.create(RestConfig.builder(BASE).build());

  private static String uri(RestRequest r) {
    r.preflight();
    return r.uri(BASE, false).toString();
  }

  @Test
  void corePathsAndGroupPaths() {
    assertEquals(BASE + "/api/v1/namespaces/ns1/pods/web-0/log",
        uri(client.get().groupVersion("v1").namespace("ns1").resource("pods").name("web-0").subresource("log")));
    assertEquals(BASE + "/apis/apps/v1/namespaces/ns1/deployments",
        uri(client.get().groupVersion(new GroupVersion("apps", "v1")).namespace("ns1").resource("deployments")));
    assertEquals(BASE + "/apis/rbac.authorization.k8s.io/v1/clusterroles/view",
        uri(client.get().groupVersion("rbac.authorization.k8s.io/v1").resource("clusterroles").name("view")));
    assertEquals(BASE + "/api/v1/configmaps",
        uri(client.get().groupVersion("v1").namespace("").resource("configmaps")), "all namespaces");
    assertEquals(BASE + "/api/v1/namespaces/kube-system",
        uri(client.get().groupVersion("v1").resource("namespaces").name("kube-system")));
  }

  @Test
  void absPathForDiscovery() {
    assertEquals(BASE + "/apis", uri(client.get().absPath("/apis")));
    assertEquals(BASE + "/version", uri(client.get().absPath("version")));
    assertEquals(BASE + "/apis/apps/v1", uri(client.get().absPath("/apis/", "apps", "v1/")));
    assertEquals(BASE + "/openapi/v3/apis/apps/v1", uri(client.get().absPath("/openapi/v3", "apis/apps/v1")));
    assertThrows(IllegalArgumentException.class, () -> client.get().absPath("/apis/../secret"));
    assertThrows(IllegalStateException.class, () -> client.get().absPath("/apis").groupVersion("v1"));
    assertThrows(IllegalStateException.class, () -> client.get().groupVersion("v1").absPath("/apis"));
  }

  @Test
  void aServerWithABasePathKeepsIt() {
    String base = "https://rancher.example.test/k8s/clusters/c-1";
    RestClient c = RestClient.create(RestConfig.builder(base + "/").build());
    RestRequest r = c.get().groupVersion("v1").resource("nodes");
    r.preflight();
    assertEquals(base + "/api/v1/nodes", r.uri(c.config().server().toString(), false).toString());
  }

  @Test
  void segmentsAreEncoded() {
    assertEquals(BASE + "/api/v1/namespaces/ns1/things/a%20b:c@d%3Fe%23f",
        uri(client.get().groupVersion("v1").namespace("ns1").resource("things").name("a b:c@d?e#f")));
    assertEquals(BASE + "/api/v1/namespaces/ns1/things/%C3%A9t%C3%A9",
        uri(client.get().groupVersion("v1").namespace("ns1").resource("things").name("été")));
  }

  @Test
  void queryIsEncodedAsGoDecodesIt() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("labelSelector", "env in (a,b),!x");
    params.put("fieldSelector", "metadata.name=a+b");
    RestRequest r = client.get().groupVersion("v1").resource("pods").params(params)
        .param("dryRun", "All").param("dryRun", "Other")
        .timeout(Duration.ofSeconds(10));
    assertEquals(BASE + "/api/v1/pods?labelSelector=env%20in%20%28a%2Cb%29%2C%21x"
        + "&fieldSelector=metadata.name%3Da%2Bb&dryRun=All&dryRun=Other&timeout=10s", uri(r));
    assertEquals(BASE + "/api/v1/pods?labelSelector=env%20in%20%28a%2Cb%29%2C%21x"
        + "&fieldSelector=metadata.name%3Da%2Bb&dryRun=All&dryRun=Other&watch=true",
        r.uri(BASE, true).toString(), "a watch has watch=true and no timeout");
  }

  @Test
  void goDurations() {
    assertEquals("30s", RestRequest.goDuration(Duration.ofSeconds(30)));
    assertEquals("300s", RestRequest.goDuration(Duration.ofMinutes(5)));
    assertEquals("1500ms", RestRequest.goDuration(Duration.ofMillis(1500)));
    assertEquals("5000ns", RestRequest.goDuration(Duration.ofNanos(5000)));
  }

  @Test
  void validationAsClientGo() {
    assertFails(IllegalArgumentException.class, "resource name may not be empty",
        () -> client.get().name(""));
    assertFails(IllegalArgumentException.class, "invalid resource name \"a/b\": may not contain '/'",
        () -> client.get().name("a/b"));
    assertFails(IllegalArgumentException.class, "invalid resource name \"a%2F\": may not contain '%'",
        () -> client.get().name("a%2F"));
    assertFails(IllegalArgumentException.class, "invalid resource name \"..\": may not be '..'",
        () -> client.get().name(".."));
    assertFails(IllegalArgumentException.class, "invalid namespace \"a/b\": may not contain '/'",
        () -> client.get().namespace("a/b"));
    assertFails(IllegalStateException.class, "namespace already set to \"a\", cannot change to \"b\"",
        () -> client.get().namespace("a").namespace("b"));
    assertFails(IllegalStateException.class, "resource name already set to \"a\", cannot change to \"b\"",
        () -> client.get().name("a").name("b"));
    assertFails(IllegalStateException.class, "resource already set to \"pods\", cannot change to \"nodes\"",
        () -> client.get().resource("pods").resource("nodes"));
    assertFails(IllegalArgumentException.class, "invalid subresource \"a/b\": may not contain '/'",
        () -> client.get().subresource("a/b"));
    assertFails(IllegalArgumentException.class, "an empty namespace may not be set during a POST request",
        () -> client.post().namespace(""));
    assertFails(IllegalStateException.class, "an empty namespace may not be set during a GET request",
        () -> client.get().groupVersion("v1").namespace("").resource("pods").name("x").executeRaw());
    assertFails(IllegalStateException.class, "an empty namespace may not be set during a DELETE request",
        () -> client.delete().groupVersion("v1").namespace("").resource("pods").name("x").executeRaw());
    assertFails(IllegalStateException.class, "set groupVersion(...) or absPath(...)",
        () -> client.get().resource("pods").executeRaw());
    assertFails(IllegalStateException.class, "a PATCH needs a body",
        () -> client.patch(PatchType.MERGE).groupVersion("v1").resource("pods").name("x").executeRaw());
    assertFails(IllegalStateException.class, "server-side apply needs a fieldManager param",
        () -> client.patch(PatchType.APPLY).groupVersion("v1").resource("pods").name("x").body("{}").executeRaw());
    assertFails(IllegalArgumentException.class, "set the timeout with timeout(Duration)",
        () -> client.get().param("timeout", "5s"));
    assertFails(IllegalArgumentException.class, "timeout must be positive",
        () -> client.get().timeout(Duration.ZERO));
    assertFails(IllegalStateException.class, "a watch is a GET request",
        () -> client.post().groupVersion("v1").resource("pods").watch(Object.class));
  }

  @Test
  void contentTypeFollowsThePatchType() {
    assertEquals("application/json", client.post().effectiveContentType());
    assertEquals("application/strategic-merge-patch+json",
        client.patch(PatchType.STRATEGIC_MERGE).effectiveContentType());
    assertEquals("application/yaml", client.post().contentType("application/yaml").effectiveContentType());
  }

  @Test
  void toStringIsMethodAndPathOnly() {
    RestRequest r = client.get().groupVersion("v1").namespace("ns").resource("secrets").name("s")
        .param("labelSelector", "x").header("Authorization", "Bearer hidden");
    assertEquals("GET /api/v1/namespaces/ns/secrets/s", r.toString());
  }

  private static void assertFails(Class<? extends RuntimeException> type, String message, Executable call) {
    RuntimeException e = assertThrows(type, call);
    assertTrue(e.getMessage().contains(message), () -> "expected '" + message + "' in: " + e.getMessage());
  }
}
