package io.kubegen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Several classes of one group and kind are the versions of one CRD, with one storage version. */
class MultiVersionTest {
  private static final String CRD = "META-INF/kubegen/crds/widgets.example.com.yaml";

  /** {@code Widget<suffix>} of this version, kind Widget, with its own list class. */
  private static JavaFileObject widget(String name, String version, String... more) {
    List<String> annotations = new ArrayList<>(List.of("@Group(\"example.com\")",
        "@Version(\"" + version + "\")", "@Kind(value = \"Widget\", list = " + name + "List.class)"));
    annotations.addAll(List.of(more));
    return Fixtures.resource(name, annotations, "  public " + name + "() {}",
        "  /** The size. */", "  public int size;");
  }

  private static Compilation compile(JavaFileObject... widgets) {
    return compile(List.of(), widgets);
  }

  private static Compilation compile(List<String> options, JavaFileObject... widgets) {
    List<JavaFileObject> sources = new ArrayList<>(List.of(widgets));
    for (JavaFileObject w : widgets) {
      String name = w.getName().substring(w.getName().lastIndexOf('/') + 1).replace(".java", "");
      sources.add(Fixtures.list(name));
    }
    return Compilations.compile(Fixtures.with(sources), options.toArray(String[]::new));
  }

  @Test
  void versionsMergeIntoOneCrdWithOneStorageVersion() {
    // Every generator: the code generated for the deprecated class must not warn either.
    Compilation c = compile(
        widget("WidgetV1", "v1", "@Storage"), widget("WidgetV2", "v2"),
        widget("WidgetV1beta1", "v1beta1", "@Deprecated"));
    assertThat(c).succeededWithoutWarnings();
    String yaml = Compilations.classOutput(c, CRD).orElseThrow();
    int v2 = yaml.indexOf("- name: v2\n    served: true\n    storage: false\n");
    int v1 = yaml.indexOf("- name: v1\n    served: true\n    storage: true\n");
    int beta = yaml.indexOf("- name: v1beta1\n    served: true\n    storage: false\n"
        + "    deprecated: true\n");
    assertTrue(v2 > 0 && v1 > v2 && beta > v1, "versions by priority, one storage:\n" + yaml);
    assertEquals(3, yaml.split("openAPIV3Schema", -1).length - 1);
    assertEquals(1, yaml.split("kind: CustomResourceDefinition", -1).length - 1);
  }

  @Test
  void severalVersionsWithoutStorageVersion() {
    JavaFileObject v1 = widget("WidgetV1", "v1");
    JavaFileObject v2 = widget("WidgetV2", "v2");
    Compilation c = compile(v1, v2);
    String message = "[kubegen-storage] kind Widget of group example.com has versions"
        + " v2 (test.WidgetV2), v1 (test.WidgetV1) and none is the storage version";
    assertThat(c).hadErrorContaining(message).inFile(v1).onLineContaining("public class WidgetV1");
    assertThat(c).hadErrorContaining(message).inFile(v2).onLineContaining("public class WidgetV2");
  }

  @Test
  void severalStorageVersions() {
    JavaFileObject v1 = widget("WidgetV1", "v1", "@Storage");
    JavaFileObject v2 = widget("WidgetV2", "v2", "@Storage");
    Compilation c = compile(v1, v2);
    assertThat(c).hadErrorContaining("[kubegen-storage] kind Widget of group example.com has 2"
        + " storage versions: keep @Storage on exactly one of v2, v1").inFile(v2)
        .onLineContaining("public class WidgetV2");
  }

  @Test
  void versionsThatDisagreeOnScope() {
    JavaFileObject v1 = widget("WidgetV1", "v1", "@Storage");
    JavaFileObject v2 = widget("WidgetV2", "v2", "@ClusterScoped");
    Compilation c = compile(v1, v2);
    assertThat(c).hadErrorContaining("[kubegen-crd] version v2 (test.WidgetV2) of kind Widget"
        + " disagrees with version v1 (test.WidgetV1) on the scope").inFile(v2)
        .onLineContaining("public class WidgetV2");
  }
}
