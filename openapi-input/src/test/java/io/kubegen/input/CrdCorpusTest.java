package io.kubegen.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.generator.model.ApiGroup;
import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.model.ApiVersion;
import io.kubegen.generator.model.ListType;
import io.kubegen.generator.model.MetaType;
import io.kubegen.generator.model.ObjectDef;
import io.kubegen.generator.model.Resource;
import io.kubegen.generator.model.Subresource;
import io.kubegen.generator.model.TypeDef;
import io.kubegen.generator.model.TypeId;
import io.kubegen.generator.model.TypeRef;
import io.kubegen.generator.model.Verb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every CRD of the shared corpus, read for real. */
class CrdCorpusTest {

  static Stream<String> crdFiles() throws IOException {
    Path dir = Corpus.ROOT.resolve("crds");
    if (!Files.isDirectory(dir)) {
      return Stream.of("<corpus absent>"); // the test itself then skips with the reason
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()).stream();
    }
  }

  private static ApiModel read(String... files) {
    List<Path> paths = Stream.of(files).map(f -> Corpus.dir("crds/" + f)).collect(Collectors.toList());
    return CrdReader.create().read(paths).model();
  }

  private static Resource resource(ApiModel m, String group, String version, String kind) {
    return m.group(group).orElseThrow().version(version).orElseThrow().resource(kind).orElseThrow();
  }

  private static ObjectDef object(ApiModel m, String group, String version, String name) {
    TypeDef t = m.type(TypeId.of(group, version, name))
        .orElseThrow(() -> new AssertionError("no type " + name + " in " + group + "/" + version));
    return (ObjectDef) t;
  }

  @ParameterizedTest
  @MethodSource("crdFiles")
  void everyCrdReadsIntoResourcesWithTheirTypes(String file) {
    CrdReadResult result = CrdReader.create().read(Corpus.dir("crds/" + file));
    ApiModel m = result.model();
    assertFalse(m.groups().isEmpty());
    for (ApiGroup g : m.groups()) {
      for (ApiVersion v : g.versions()) {
        assertFalse(v.resources().isEmpty(), "every CRD version package holds its resource");
        for (Resource r : v.resources()) {
          assertEquals(EnumSet.allOf(Verb.class), r.verbs(), "custom resources serve every verb");
          ObjectDef object = (ObjectDef) m.type(((TypeRef.NamedRef) r.objectType()).id()).orElseThrow();
          assertEquals(TypeRef.meta(MetaType.OBJECT_META), object.property("metadata").orElseThrow().type());
          assertTrue(object.property("apiVersion").isPresent() && object.property("kind").isPresent());
          ObjectDef list = (ObjectDef) m.type(((TypeRef.NamedRef) r.listType()).id()).orElseThrow();
          assertEquals(TypeRef.arrayOf(r.objectType()), list.property("items").orElseThrow().type());
        }
      }
    }
  }

  @Test
  void strimziKafkaNestsItsTypes() {
    ApiModel m = read("strimzi-kafka.yaml");
    Resource kafka = resource(m, "kafka.strimzi.io", "v1beta2", "Kafka");
    assertTrue(kafka.namespaced());
    assertTrue(kafka.status().isPresent());
    assertEquals(TypeRef.named("kafka.strimzi.io", "v1beta2", "KafkaSpec"),
        object(m, "kafka.strimzi.io", "v1beta2", "Kafka").property("spec").orElseThrow().type());
    assertEquals(TypeRef.arrayOf(TypeRef.named("kafka.strimzi.io", "v1beta2", "KafkaSpecKafkaListeners")),
        object(m, "kafka.strimzi.io", "v1beta2", "KafkaSpecKafka").property("listeners").orElseThrow().type());
    assertTrue(object(m, "kafka.strimzi.io", "v1beta2", "KafkaSpecKafkaListeners").property("port")
        .orElseThrow().required());
    assertTrue(m.types().size() > 300, "strimzi's schema is large: " + m.types().size());
  }

  @Test
  void certManagerBundleHasTwoGroupsAndSixKinds() {
    ApiModel m = read("cert-manager-v1.7.1-crds.yaml");
    assertEquals(List.of("acme.cert-manager.io", "cert-manager.io"),
        m.groups().stream().map(ApiGroup::name).collect(Collectors.toList()));
    assertEquals(Set.of("Certificate", "CertificateRequest", "ClusterIssuer", "Issuer"),
        m.group("cert-manager.io").orElseThrow().version("v1").orElseThrow().resources().stream()
            .map(Resource::kind).collect(Collectors.toSet()));
    assertFalse(resource(m, "cert-manager.io", "v1", "ClusterIssuer").namespaced());
    Resource cert = resource(m, "cert-manager.io", "v1", "Certificate");
    assertTrue(cert.shortNames().contains("cert"), cert.shortNames().toString());
    assertTrue(cert.categories().contains("cert-manager"), cert.categories().toString());
    assertEquals(Set.of("Challenge", "Order"),
        m.group("acme.cert-manager.io").orElseThrow().version("v1").orElseThrow().resources().stream()
            .map(Resource::kind).collect(Collectors.toSet()));
  }

  @Test
  void calicoIpPoolIsClusterScoped() {
    Resource pool = resource(read("calico-ippool.yaml"), "crd.projectcalico.org", "v1", "IPPool");
    assertEquals("ippools", pool.plural());
    assertEquals("IPPoolList", pool.listKind());
    assertFalse(pool.namespaced());
  }

  @Test
  void artemisServesSixVersionsAndScalesThroughItsOwnPaths() {
    ApiModel m = read("artemis-operator-activemqartemis-scale.yaml");
    assertEquals(List.of("v1beta1", "v2alpha5", "v2alpha4", "v2alpha3", "v2alpha2", "v2alpha1"),
        m.group("broker.amq.io").orElseThrow().versions().stream().map(ApiVersion::name).collect(Collectors.toList()));
    Subresource.Scale scale = resource(m, "broker.amq.io", "v1beta1", "ActiveMQArtemis").scale().orElseThrow();
    assertEquals(".spec.deploymentPlan.size", scale.specReplicasPath());
    assertEquals(".status.deploymentPlanSize", scale.statusReplicasPath());
    assertEquals(".status.scaleLabelSelector", scale.labelSelectorPath());
    assertTrue(resource(m, "broker.amq.io", "v2alpha1", "ActiveMQArtemis").scale().isEmpty());
  }

  @Test
  void gatewayApiFilesReadTogether() {
    ApiModel m = read("gateway-api-gateway.yaml", "gateway-api-gatewayclass.yaml", "gateway-api-referencegrant.yaml");
    ApiGroup g = m.group("gateway.networking.k8s.io").orElseThrow();
    assertEquals(List.of("v1", "v1beta1"), g.versions().stream().map(ApiVersion::name).collect(Collectors.toList()));
    Resource gateway = resource(m, "gateway.networking.k8s.io", "v1", "Gateway");
    assertEquals(List.of("gtw"), gateway.shortNames());
    assertEquals(List.of("gateway-api"), gateway.categories());
    assertFalse(resource(m, "gateway.networking.k8s.io", "v1", "GatewayClass").namespaced());
    assertEquals(Set.of("Gateway", "GatewayClass", "ReferenceGrant"),
        g.version("v1").orElseThrow().resources().stream().map(Resource::kind).collect(Collectors.toSet()));
    // status conditions are a list map keyed by type
    var conditions = object(m, "gateway.networking.k8s.io", "v1", "GatewayClassStatus").property("conditions").orElseThrow();
    assertEquals(ListType.MAP, conditions.listType());
    assertEquals(List.of("type"), conditions.listMapKeys());
  }

  @Test
  void prometheusOperatorServiceMonitor() {
    ApiModel m = read("prometheus-operator-servicemonitor.yaml");
    Resource sm = resource(m, "monitoring.coreos.com", "v1", "ServiceMonitor");
    assertEquals(List.of("smon"), sm.shortNames());
    assertEquals(List.of("prometheus-operator"), sm.categories());
    assertEquals("servicemonitor", sm.singular());
    assertTrue(m.types().values().stream().filter(ObjectDef.class::isInstance).map(ObjectDef.class::cast)
        .flatMap(o -> o.properties().stream()).anyMatch(p -> p.type().equals(TypeRef.INT_OR_STRING)),
        "targetPort is int-or-string");
  }

  @Test
  void sampleCronTabHasScaleAndStatus() {
    CrdReadResult r = CrdReader.create().read(Corpus.dir("crds/sample-crontab.yaml"));
    Resource cronTab = r.model().groups().get(0).versions().get(0).resources().get(0);
    assertEquals("CronTab", cronTab.kind());
    assertEquals(".spec.replicas", cronTab.scale().orElseThrow().specReplicasPath());
    assertTrue(cronTab.status().isPresent());
  }

  @Test
  void fileOrderDoesNotChangeTheModel() {
    assertEquals(
        read("gateway-api-gateway.yaml", "gateway-api-gatewayclass.yaml", "gateway-api-referencegrant.yaml"),
        read("gateway-api-referencegrant.yaml", "gateway-api-gatewayclass.yaml", "gateway-api-gateway.yaml"));
  }
}
