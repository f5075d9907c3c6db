package io.kubegen.generator.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PluralTest {
  private final Naming naming = Naming.defaults();

  @ParameterizedTest(name = "{0} -> {1} / {2}()")
  @CsvSource(
      delimiter = '|',
      value = {
        // Kubernetes kinds, as client-go names their accessors
        "Pod | Pods | pods",
        "Endpoints | Endpoints | endpoints",
        "Ingress | Ingresses | ingresses",
        "IngressClass | IngressClasses | ingressClasses",
        "NetworkPolicy | NetworkPolicies | networkPolicies",
        "PodSecurityPolicy | PodSecurityPolicies | podSecurityPolicies",
        "ClusterRole | ClusterRoles | clusterRoles",
        "StorageClass | StorageClasses | storageClasses",
        "Status | Statuses | statuses",
        "MutatingWebhookConfiguration | MutatingWebhookConfigurations | mutatingWebhookConfigurations",
        "PriorityLevelConfiguration | PriorityLevelConfigurations | priorityLevelConfigurations",
        "CSIDriver | CSIDrivers | csiDrivers",
        "APIService | APIServices | apiServices",
        "PodMetrics | PodMetrics | podMetrics",
        // CRD corpus kinds
        "IPPool | IPPools | ipPools",
        "ServiceMonitor | ServiceMonitors | serviceMonitors",
        "PrometheusRule | PrometheusRules | prometheusRules",
        "Kafka | Kafkas | kafkas",
        "BackendTrafficPolicy | BackendTrafficPolicies | backendTrafficPolicies",
        "ExternalSecret | ExternalSecrets | externalSecrets",
        "Gateway | Gateways | gateways",
        "GatewayClass | GatewayClasses | gatewayClasses",
        "ReferenceGrant | ReferenceGrants | referenceGrants",
        "CertificateRequest | CertificateRequests | certificateRequests",
        "PostgresCluster | PostgresClusters | postgresClusters",
        // gengo's rules and quirks
        "Search | Searches | searches",
        "Dispatch | Dispatches | dispatches",
        "Autograph | Autographs | autographs",
        "Earth | Earths | earths",
        "Box | Boxes | boxes",
        "Fizz | Fizzes | fizzes",
        "Quiz | Quizes | quizes",
        "City | Cities | cities",
        "Ray | Rays | rays",
        "Fountain | Fountains | fountains",
        "Life | Lives | lives",
        "Leaf | Leaves | leaves",
        "Criterion | Criterions | criterions",
        "I | I | i",
        // java.lang and keyword clashes stay usable
        "Class | Classes | classes",
        "Object | Objects | objects",
        "Thi | This | this_",
      })
  void pluralAndAccessor(String kind, String plural, String accessor) {
    assertEquals(plural, naming.plural(kind));
    assertEquals(accessor, naming.resourceAccessor(kind));
    assertTrue(JavaIdentifiers.isIdentifier(naming.resourceAccessor(kind)));
  }

  @Test
  void activeMqArtemisEndsInSAndGetsEs() {
    // Not an exception in the table above by accident: gengo adds "es" after a trailing 's'.
    assertEquals("ActiveMQArtemises", naming.plural("ActiveMQArtemis"));
  }

  @Test
  void userExceptionsWinAndDefaultsStay() {
    Naming custom =
        Naming.builder().pluralException("Criterion", "Criteria").pluralException("Kafka:Kafkae").build();
    assertEquals("Criteria", custom.plural("Criterion"));
    assertEquals("criteria", custom.resourceAccessor("Criterion"));
    assertEquals("Kafkae", custom.plural("Kafka"));
    assertEquals("Endpoints", custom.plural("Endpoints"));
    assertEquals("Criterions", naming.plural("Criterion"));
  }

  @Test
  void malformedExceptionsNameTheArgument() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Naming.builder().pluralException("Kafka"));
    assertTrue(e.getMessage().contains("'Kafka'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Naming.builder().pluralException(" ", "x"));
    NullPointerException npe =
        assertThrows(NullPointerException.class, () -> naming.plural(null));
    assertTrue(npe.getMessage().contains("kind"), npe.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Deployment | deployment | deployment",
        "NetworkPolicy | networkpolicy | networkPolicy",
        "IPPool | ippool | ipPool",
        "../etc | etc | etc",
        "Class | class | class_",
      })
  void singular(String kind, String singular, String singularAccessor) {
    assertEquals(singular, naming.singular(kind));
    assertEquals(singularAccessor, naming.singularAccessor(kind));
  }

  @Test
  void hostileKindsGiveSafePlurals() {
    for (String kind : new String[] {"../etc", "a.b/c", "9lives", "naïve", "x-foo", "日本", "", "\\"}) {
      String accessor = naming.resourceAccessor(kind);
      assertTrue(JavaIdentifiers.isIdentifier(accessor), kind + " -> " + accessor);
      assertTrue(JavaIdentifiers.isIdentifier(naming.plural(kind)), kind + " -> " + naming.plural(kind));
    }
  }
}
