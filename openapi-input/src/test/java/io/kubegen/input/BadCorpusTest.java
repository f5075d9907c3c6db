package io.kubegen.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.model.EnumDef;
import io.kubegen.generator.model.ObjectDef;
import io.kubegen.generator.model.Primitive;
import io.kubegen.generator.model.Property;
import io.kubegen.generator.model.TypeDef;
import io.kubegen.generator.model.TypeId;
import io.kubegen.generator.model.TypeRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every file of {@code corpus/bad}, one test each, stating the outcome and why. The rule is the
 * apiserver's: a CRD it would reject fails with a located problem; one it accepts reads, with
 * hostile text kept as data for the emitters to escape.
 */
class BadCorpusTest {

  private static CrdReadResult read(String file) {
    return CrdReader.create().read(Corpus.dir("bad/" + file));
  }

  private static ReadException fails(String file) {
    Path path = Corpus.dir("bad/" + file); // outside the lambda: assertThrows would catch the skip
    return assertThrows(ReadException.class, () -> CrdReader.create().read(path));
  }

  private static TypeDef type(ApiModel m, String group, String name) {
    return m.type(TypeId.of(group, "v1", name)).orElseThrow(() -> new AssertionError("no type " + name));
  }

  private static void assertOneProblemAt(ReadException e, String pointer, String messagePart) {
    assertTrue(e.problems().stream().anyMatch(p -> p.location().endsWith(pointer) && p.message().contains(messagePart)),
        e.getMessage());
    assertTrue(e.problems().stream().allMatch(p -> p.location().matches("document \\d+, line \\d+, column \\d+: /.*")),
        "every problem names its line and JSON pointer: " + e.getMessage());
  }

  @Test
  void everyBadFileHasATest() throws IOException {
    Path dir = Corpus.dir("bad");
    Set<String> covered = Set.of(
        "argocd-application-trimmed.yaml", "backslash-enum.yaml", "calico-ippool-broken.yaml",
        "cert-manager-certificaterequest-defaults.yaml", "cert-manager-certificaterequest-extra-enums.yaml",
        "cert-manager-certificaterequest-partial.yaml", "colliding-enums.yaml", "crontab-with-extra-documents.yaml",
        "dapr-component-spec-trimmed.yaml", "dapr-component-value-schema-removed.yaml", "dummy-date-time.yaml",
        "dummy.yaml", "escape-characters.yaml", "existing-java-type-with-enum.yaml", "existing-java-type.yaml",
        "html-description.yaml", "malicious-expression-enum.yaml", "malicious-numeric-enum.yaml",
        "malicious-path-traversal.yaml", "malicious-unicode-escape.yaml", "malicious-version.yaml",
        "namespace-not-a-crd.yaml", "require-spec-and-status.yaml", "two-crds-and-a-pod.yaml");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(covered, files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
    }
  }

  // ---------------------------------------------------------------- refused, as the apiserver refuses them

  /** A version name is a DNS label: '../../../../pwned' could otherwise steer a package path. */
  @Test
  void pathTraversalInVersionIsRefused() {
    assertOneProblemAt(fails("malicious-path-traversal.yaml"), "/spec/versions/0/name", "DNS label");
  }

  /** Same rule: a version carrying Java source is not a DNS label. */
  @Test
  void codeInVersionIsRefused() {
    assertOneProblemAt(fails("malicious-version.yaml"), "/spec/versions/0/name", "DNS label");
  }

  /** Plural and singular must be DNS labels; both problems are reported at once. */
  @Test
  void codeInPluralAndSingularIsRefusedWithEveryProblem() {
    ReadException e = fails("malicious-unicode-escape.yaml");
    assertOneProblemAt(e, "/spec/names/plural", "DNS label");
    assertOneProblemAt(e, "/spec/names/singular", "DNS label");
    assertFalse(e.getMessage().contains("\tat "), "no stack trace in the message");
  }

  /** An integer enum whose value is a string (an expression) fails the schema's own type. */
  @Test
  void expressionInIntegerEnumIsRefused() {
    assertOneProblemAt(fails("malicious-expression-enum.yaml"),
        "/properties/spec/properties/mode/enum/0", "not of the schema's type 'integer'");
  }

  /** Likewise for a value that tries to close a long literal and open a static block. */
  @Test
  void codeInIntegerEnumIsRefused() {
    assertOneProblemAt(fails("malicious-numeric-enum.yaml"),
        "/properties/spec/properties/mode/enum/0", "not of the schema's type 'integer'");
  }

  /** plural 'existingJavaTypes' is not lower case, and metadata.name is not plural.group. */
  @Test
  void upperCasePluralIsRefused() {
    ReadException e = fails("existing-java-type.yaml");
    assertOneProblemAt(e, "/spec/names/plural", "DNS label");
    assertOneProblemAt(e, "/metadata/name", "must be spec.names.plural");
  }

  @Test
  void upperCasePluralWithEnumIsRefused() {
    assertOneProblemAt(fails("existing-java-type-with-enum.yaml"), "/spec/names/plural", "DNS label");
  }

  /** metadata.name 'requirespecandstatus...' does not match plural 'requirespecandstatuses'. */
  @Test
  void nameThatIsNotPluralDotGroupIsRefused() {
    assertOneProblemAt(fails("require-spec-and-status.yaml"), "/metadata/name", "requirespecandstatuses.stable.example.com");
  }

  /** The second CRD is named 'crontabs2...' for plural 'crontab2s': the apiserver refuses it. */
  @Test
  void twoCrdsAndAPodFailOnTheSecondCrdsName() {
    ReadException e = fails("two-crds-and-a-pod.yaml");
    assertEquals(1, e.problems().size(), e.getMessage());
    assertTrue(e.problems().get(0).location().startsWith("document 2, line "), e.getMessage());
  }

  /** A file with no CRD at all is a mistake worth saying, not an empty model. */
  @Test
  void namespaceAloneIsNotACrd() {
    ReadException e = fails("namespace-not-a-crd.yaml");
    assertTrue(e.getMessage().contains("no apiextensions.k8s.io/v1 CustomResourceDefinition found"), e.getMessage());
    assertTrue(e.getMessage().contains("skipped Namespace 'test'"), e.getMessage());
  }

  // ---------------------------------------------------------------- accepted, hostile text kept as data

  @Test
  void extraDocumentsAreSkippedWithOneNoteEach() {
    CrdReadResult r = read("crontab-with-extra-documents.yaml");
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("document 2") && n.contains("skipped Namespace 'test'")), r.notes().toString());
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("document 3") && n.contains("not a Kubernetes object")), r.notes().toString());
    assertTrue(r.model().group("stable.example.com").isPresent());
  }

  /** Backslashes are legal enum text; the emitter escapes them. */
  @Test
  void backslashEnumValuesAreKept() {
    EnumDef e = (EnumDef) type(read("backslash-enum.yaml").model(), "example.com", "RegistryKeySpecRegKey");
    assertEquals(List.of("HKEY\\Software", "HKEY\\System"), e.values());
  }

  /** Values that differ only in case are distinct values; constant names are the naming rules' job. */
  @Test
  void collidingEnumValuesAreAllKept() {
    ApiModel m = read("colliding-enums.yaml").model();
    EnumDef e = (EnumDef) type(m, "example.com", "CollidingenumSpecMyenum");
    assertEquals(List.of("one", "One", "onE", "OnE", "oNe"), e.values());
    assertEquals(TypeRef.arrayOf(TypeRef.named("example.com", "v1", "CollidingenumSpecMyenum")),
        ((ObjectDef) type(m, "example.com", "CollidingenumSpec")).property("myenum").orElseThrow().type());
  }

  /** HTML and comment closers in descriptions are data. */
  @Test
  void htmlDescriptionsAreKeptVerbatim() {
    ApiModel m = read("html-description.yaml").model();
    assertTrue(m.types().values().stream().anyMatch(t -> t.description().contains("<") || t.description().contains("*/"))
        || m.types().values().stream().filter(ObjectDef.class::isInstance).map(ObjectDef.class::cast)
            .flatMap(o -> o.properties().stream()).anyMatch(p -> p.description().contains("<")),
        "the HTML survives as text");
  }

  /** Property names with dots, spaces, quotes and slashes are legal JSON keys; Java names come later. */
  @Test
  void oddPropertyNamesAreKeptAsJsonNames() {
    ObjectDef spec = (ObjectDef) type(read("dummy.yaml").model(), "example.com", "DummySpec");
    assertEquals(List.of("zero", "one.dot", "two space", "three'quote", "four\"doublequote", "five/slash"),
        spec.properties().stream().map(Property::name).collect(Collectors.toList()));
  }

  /** 'package' (a Java keyword) as a property nests like any other object. */
  @Test
  void keywordPropertyNestsItsType() {
    ApiModel m = read("escape-characters.yaml").model();
    assertEquals(TypeRef.named("example.com", "v1", "DummySpecPackage"),
        ((ObjectDef) type(m, "example.com", "DummySpec")).property("package").orElseThrow().type());
    assertTrue(m.type(TypeId.of("example.com", "v1", "DummySpecPackageFoo")).isPresent());
  }

  @Test
  void dateTimeFormatBecomesDateTime() {
    ApiModel m = read("dummy-date-time.yaml").model();
    assertTrue(m.types().values().stream().filter(ObjectDef.class::isInstance).map(ObjectDef.class::cast)
        .flatMap(o -> o.properties().stream())
        .anyMatch(p -> p.type().equals(TypeRef.primitive(Primitive.DATE_TIME))));
  }

  /** 'nat-outgoing' lost its 'Deprecated:' prefix (a "DEPRECATED" later in the text does not count). */
  @Test
  void brokenCalicoLosesOnlyOneDeprecation() {
    ObjectDef broken = (ObjectDef) read("calico-ippool-broken.yaml").model()
        .type(TypeId.of("crd.projectcalico.org", "v1", "IPPoolSpec")).orElseThrow();
    assertFalse(broken.property("nat-outgoing").orElseThrow().deprecated());
    assertTrue(broken.property("ipip").orElseThrow().deprecated());
    ObjectDef real = (ObjectDef) CrdReader.create().read(Corpus.dir("crds/calico-ippool.yaml")).model()
        .type(TypeId.of("crd.projectcalico.org", "v1", "IPPoolSpec")).orElseThrow();
    assertTrue(real.property("nat-outgoing").orElseThrow().deprecated());
  }

  /** A map value without a schema keeps any JSON. */
  @Test
  void daprWithoutValueSchemaReads() {
    ApiModel m = read("dapr-component-value-schema-removed.yaml").model();
    assertTrue(m.group("dapr.io").isPresent());
    assertTrue(read("dapr-component-spec-trimmed.yaml").model().group("dapr.io").isPresent());
  }

  @Test
  void trimmedAndAlteredCopiesOfRealCrdsRead() {
    for (String file : List.of("argocd-application-trimmed.yaml", "cert-manager-certificaterequest-partial.yaml")) {
      assertFalse(read(file).model().groups().isEmpty(), file);
    }
  }

  /** Extra enums and defaults are data: enum values and default JSON are kept. */
  @Test
  void extraEnumsAndDefaultsAreKept() {
    ApiModel enums = read("cert-manager-certificaterequest-extra-enums.yaml").model();
    assertTrue(enums.types().values().stream().anyMatch(EnumDef.class::isInstance));
    ApiModel defaults = read("cert-manager-certificaterequest-defaults.yaml").model();
    assertTrue(defaults.types().values().stream().filter(ObjectDef.class::isInstance).map(ObjectDef.class::cast)
        .flatMap(o -> o.properties().stream()).anyMatch(p -> !p.defaultJson().isEmpty()));
  }
}
