package io.kubegen.generator.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GroupAndLayoutTest {
  private static final List<String> KUBERNETES_AND_CRDS =
      List.of(
          "",
          "apps",
          "batch",
          "rbac.authorization.k8s.io",
          "admissionregistration.k8s.io",
          "flowcontrol.apiserver.k8s.io",
          "internal.apiserver.k8s.io",
          "storage.k8s.io",
          "storagemigration.k8s.io",
          "networking.k8s.io",
          "cert-manager.io",
          "acme.cert-manager.io",
          "gateway.networking.k8s.io",
          "gateway.networking.x-k8s.io",
          "monitoring.coreos.com",
          "kafka.strimzi.io",
          "crd.projectcalico.org",
          "external-secrets.io",
          "generators.external-secrets.io",
          "gateway.envoyproxy.io",
          "postgres-operator.crunchydata.com",
          "broker.amq.io");

  private final Naming naming = Naming.defaults();

  @ParameterizedTest(name = "{0} -> {1}, {2}V1()")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "\"\" | core | core | CoreV1",
        "apps | apps | apps | AppsV1",
        "rbac.authorization.k8s.io | rbac | rbac | RbacV1",
        "admissionregistration.k8s.io | admissionregistration | admissionregistration | AdmissionregistrationV1",
        "flowcontrol.apiserver.k8s.io | flowcontrol | flowcontrol | FlowcontrolV1",
        "cert-manager.io | certmanager | certManager | CertManagerV1",
        "acme.cert-manager.io | acme | acme | AcmeV1",
        "gateway.networking.k8s.io | gatewaynetworkingk8sio | gatewayNetworkingK8sIo | GatewayNetworkingK8sIoV1",
        "gateway.networking.x-k8s.io | gatewaynetworkingxk8sio | gatewayNetworkingXK8sIo | GatewayNetworkingXK8sIoV1",
        "gateway.envoyproxy.io | gatewayenvoyproxyio | gatewayEnvoyproxyIo | GatewayEnvoyproxyIoV1",
        "external-secrets.io | externalsecrets | externalSecrets | ExternalSecretsV1",
        "postgres-operator.crunchydata.com | postgresoperator | postgresOperator | PostgresOperatorV1",
        "crd.projectcalico.org | crd | crd | CrdV1",
      })
  void groupsOfARealModel(String group, String segment, String accessor, String prefix) {
    GroupNames names = naming.groupNames(KUBERNETES_AND_CRDS);
    assertEquals(segment, names.packageSegment(group));
    assertEquals(accessor, names.accessor(group));
    assertEquals(accessor + "V1", names.groupVersionAccessor(group, "v1"));
    assertEquals(prefix, names.groupVersionPrefix(group, "v1"));
  }

  @Test
  void aGroupAloneUsesItsFirstLabel() {
    GroupNames names = naming.groupNames(List.of("gateway.networking.k8s.io", "apps"));
    assertEquals("gateway", names.packageSegment("gateway.networking.k8s.io"));
    assertEquals("gatewayV1beta1", names.groupVersionAccessor("gateway.networking.k8s.io", "v1beta1"));
  }

  @Test
  void namesDoNotDependOnInputOrder() {
    List<String> shuffled = new ArrayList<>(KUBERNETES_AND_CRDS);
    GroupNames reference = naming.groupNames(KUBERNETES_AND_CRDS);
    for (int seed = 0; seed < 5; seed++) {
      Collections.shuffle(shuffled, new Random(seed));
      GroupNames names = naming.groupNames(shuffled);
      for (String g : KUBERNETES_AND_CRDS) {
        assertEquals(reference.packageSegment(g), names.packageSegment(g));
        assertEquals(reference.accessor(g), names.accessor(g));
      }
    }
  }

  @Test
  void coreKeepsCoreWhenAnotherGroupStartsWithCore() {
    GroupNames names = naming.groupNames(List.of("", "core.example.com"));
    assertEquals("core", names.packageSegment(""));
    assertEquals("coreexamplecom", names.packageSegment("core.example.com"));
  }

  @Test
  void wholeNamesThatStillCollideGetAStableHash() {
    GroupNames names = naming.groupNames(List.of("a-b.io", "ab.io"));
    String first = names.packageSegment("a-b.io");
    String second = names.packageSegment("ab.io");
    assertNotEquals(first, second);
    assertTrue(JavaIdentifiers.isPackageSegment(first) && JavaIdentifiers.isPackageSegment(second));
    assertEquals(second, naming.groupNames(List.of("ab.io", "a-b.io")).packageSegment("ab.io"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "../etc | empty",
        "package.io | package_",
        "class.example.com | class_",
        "9lives.io | _9lives",
        "naïve.io | naive",
        "a/b.io | ab",
        "日本.io | u65e5u672c",
      })
  void hostileGroupsGiveSafeSegments(String group, String segment) {
    GroupNames names = naming.groupNames(List.of(group, "apps"));
    assertEquals(segment, names.packageSegment(group));
    assertTrue(JavaIdentifiers.isPackageSegment(names.packageSegment(group)));
    assertTrue(JavaIdentifiers.isIdentifier(names.accessor(group)), names.accessor(group));
    assertTrue(JavaIdentifiers.isIdentifier(names.groupVersionAccessor(group, "v1")));
  }

  @Test
  void overridesWinAndDerivedNamesGiveWay() {
    Naming custom =
        Naming.builder()
            .groupOverride("cert-manager.io", "cm", "cm")
            .groupOverride("apps", "acme", "acmeApps")
            .build();
    GroupNames names = custom.groupNames(List.of("cert-manager.io", "apps", "acme.cert-manager.io"));
    assertEquals("cm", names.packageSegment("cert-manager.io"));
    assertEquals("cmV1", names.groupVersionAccessor("cert-manager.io", "v1"));
    assertEquals("acme", names.packageSegment("apps"));
    // acme.cert-manager.io would have taken "acme": it falls back to its whole name.
    assertEquals("acmecertmanagerio", names.packageSegment("acme.cert-manager.io"));
  }

  @Test
  void clashingOverridesAreRefusedNamingBothGroups() {
    Naming custom =
        Naming.builder().groupOverride("a.io", "same", "a").groupOverride("b.io", "same", "b").build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> custom.groupNames(List.of("a.io", "b.io")));
    assertTrue(e.getMessage().contains("'a.io'") && e.getMessage().contains("'b.io'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Naming.builder().groupOverride("a.io", "../x", "a"));
    assertThrows(IllegalArgumentException.class, () -> Naming.builder().groupOverride("a.io", "Cm", "a"));
    assertThrows(IllegalArgumentException.class, () -> Naming.builder().groupOverride("a.io", "cm", "class"));
  }

  @Test
  void unknownGroupIsAClearError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> naming.groupNames(List.of("apps")).accessor("batch"));
    assertTrue(e.getMessage().contains("'batch'"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "v1 | v1 | V1",
        "v1beta1 | v1beta1 | V1beta1",
        "v2alpha3 | v2alpha3 | V2alpha3",
        "v1-alpha | v1_alpha | V1Alpha",
        "../etc | etc | Etc",
        "1.0 | _1_0 | _10",
        "V1 | v1 | V1",
      })
  void versions(String version, String segment, String pascal) {
    assertEquals(segment, naming.versionSegment(version));
    assertEquals(pascal, naming.versionPascal(version));
  }

  @Test
  void layoutFollowsArchitecture() {
    PackageLayout layout = naming.layout("io.acme.k8s", List.of("", "apps", "cert-manager.io"));
    assertEquals("io.acme.k8s.apis.apps.v1", layout.modelPackage("apps", "v1"));
    assertEquals("io.acme.k8s.apis.core.v1", layout.modelPackage("", "v1"));
    assertEquals("io.acme.k8s.clientset.typed.certmanager.v1", layout.typedClientPackage("cert-manager.io", "v1"));
    assertEquals("io.acme.k8s.clientset.typed.apps.v1.fake", layout.fakeTypedClientPackage("apps", "v1"));
    assertEquals("io.acme.k8s.listers.apps.v1", layout.listerPackage("apps", "v1"));
    assertEquals("io.acme.k8s.informers.apps.v1beta1", layout.informerPackage("apps", "v1beta1"));
    assertEquals("io.acme.k8s.clientset", layout.clientsetPackage());
    assertEquals("io.acme.k8s.clientset.fake", layout.fakeClientsetPackage());
    assertEquals("io.acme.k8s.clientset.scheme", layout.schemePackage());
    assertEquals("io.acme.k8s.informers", layout.informersPackage());
    assertEquals(
        ClassName.get("io.acme.k8s.apis.core.v1", "Object_"), layout.modelClass("", "v1", "Object"));
    assertEquals(
        "io/acme/k8s/apis/apps/v1/Deployment.java",
        PackageLayout.sourceFile(layout.modelPackage("apps", "v1"), "Deployment"));
  }

  @Test
  void hostileGroupVersionAndKindNeverLeaveTheOutputDirectory() {
    List<String> hostile = List.of("../etc", "..", "a/b", "a\\b", "/abs", "x/../../y", "naïve", "class", "9lives", "");
    List<String> groups = new ArrayList<>(hostile);
    PackageLayout layout = naming.layout("io.acme", groups);
    for (String group : hostile) {
      for (String version : hostile) {
        if (version.isEmpty()) {
          continue;
        }
        for (String kind : hostile) {
          String pkg = layout.modelPackage(group, version);
          assertTrue(JavaIdentifiers.isPackageName(pkg.substring("io.acme.".length())), pkg);
          String file = PackageLayout.sourceFile(pkg, naming.typeName(kind));
          assertFalse(file.contains("..") || file.contains("\\") || file.startsWith("/"), file);
          assertTrue(file.startsWith("io/acme/apis/"), file);
        }
      }
    }
    assertThrows(IllegalArgumentException.class, () -> PackageLayout.sourceFile("io.acme", "../Evil"));
    assertThrows(IllegalArgumentException.class, () -> PackageLayout.sourceFile("io..acme", "Ok"));
    assertThrows(IllegalArgumentException.class, () -> naming.layout("io/acme", List.of("apps")));
    assertThrows(IllegalArgumentException.class, () -> naming.layout("io.class", List.of("apps")));
  }
}
