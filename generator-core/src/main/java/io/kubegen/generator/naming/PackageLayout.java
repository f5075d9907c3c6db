package io.kubegen.generator.naming;

import com.palantir.javapoet.ClassName;
import java.util.Objects;

/**
 * Where each generated artifact lives, per ARCHITECTURE.md (base package {@code B}):
 *
 * <ul>
 *   <li>models and the Register class: {@code B.apis.<group>.<version>}
 *   <li>typed clients: {@code B.clientset.typed.<group>.<version>}, their fakes in {@code .fake}
 *   <li>the clientset: {@code B.clientset}; its fake: {@code B.clientset.fake}; its scheme:
 *       {@code B.clientset.scheme}
 *   <li>listers: {@code B.listers.<group>.<version>}
 *   <li>informers: {@code B.informers.<group>.<version>}, the factory in {@code B.informers}
 * </ul>
 *
 * <p>Every segment is a checked Java identifier, so no group, version or kind can make a path
 * leave the output directory: {@link #sourceFile} refuses anything else.
 */
public final class PackageLayout {
  private final String basePackage;
  private final GroupNames groups;
  private final Naming naming;

  PackageLayout(Naming naming, String basePackage, GroupNames groups) {
    Objects.requireNonNull(basePackage, "basePackage must not be null");
    if (!isJavaPackage(basePackage)) {
      throw new IllegalArgumentException(
          "basePackage '" + basePackage + "' must be dot-separated Java identifiers");
    }
    this.basePackage = basePackage;
    this.groups = Objects.requireNonNull(groups, "groups must not be null");
    this.naming = Objects.requireNonNull(naming, "naming must not be null");
  }

  public String basePackage() {
    return basePackage;
  }

  public GroupNames groups() {
    return groups;
  }

  public String modelPackage(String group, String version) {
    return groupVersion("apis", group, version);
  }

  public String typedClientPackage(String group, String version) {
    return groupVersion("clientset.typed", group, version);
  }

  public String fakeTypedClientPackage(String group, String version) {
    return typedClientPackage(group, version) + ".fake";
  }

  public String listerPackage(String group, String version) {
    return groupVersion("listers", group, version);
  }

  public String informerPackage(String group, String version) {
    return groupVersion("informers", group, version);
  }

  public String clientsetPackage() {
    return basePackage + ".clientset";
  }

  public String fakeClientsetPackage() {
    return basePackage + ".clientset.fake";
  }

  public String schemePackage() {
    return basePackage + ".clientset.scheme";
  }

  public String informersPackage() {
    return basePackage + ".informers";
  }

  /** The class of a model type: {@code B.apis.apps.v1.Deployment}. */
  public ClassName modelClass(String group, String version, String typeName) {
    return ClassName.get(modelPackage(group, version), naming.typeName(typeName));
  }

  /**
   * The path of a class's source file relative to the output directory, with {@code /}
   * separators: {@code io/acme/apis/apps/v1/Deployment.java}. Refuses any package or name that is
   * not made of Java identifiers.
   */
  public static String sourceFile(String packageName, String simpleName) {
    if (!isJavaPackage(packageName) || !JavaIdentifiers.isIdentifier(simpleName)) {
      throw new IllegalArgumentException(
          "'" + packageName + "." + simpleName + "' is not a Java class name");
    }
    return packageName.replace('.', '/') + "/" + simpleName + ".java";
  }

  private String groupVersion(String area, String group, String version) {
    return basePackage + "." + area + "." + groups.packageSegment(group) + "."
        + naming.versionSegment(version);
  }

  private static boolean isJavaPackage(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (String segment : name.split("\\.", -1)) {
      if (!JavaIdentifiers.isIdentifier(segment)) {
        return false;
      }
    }
    return true;
  }
}
