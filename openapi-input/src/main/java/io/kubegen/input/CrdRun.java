package io.kubegen.input;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.model.ObjectDef;
import io.kubegen.generator.model.Resource;
import io.kubegen.generator.model.Scope;
import io.kubegen.generator.model.Subresource;
import io.kubegen.generator.model.TypeRef;
import io.kubegen.generator.model.Verb;
import io.kubegen.generator.naming.Naming;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** One read of CRD documents: all state for it, used once. */
final class CrdRun {
  private static final String API_VERSION = "apiextensions.k8s.io/v1";
  private static final String KIND = "CustomResourceDefinition";
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern DNS_1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern DNS_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  /** What the apiserver serves on every custom resource. */
  private static final Set<Verb> VERBS = EnumSet.allOf(Verb.class);
  private static final Set<Verb> SUBRESOURCE_VERBS =
      EnumSet.of(Verb.GET, Verb.UPDATE, Verb.PATCH, Verb.APPLY);

  private final GroupVersionFilter filter;
  private final Problems problems;
  private final ModelBuilder model;
  private final SchemaConverter converter;
  private final List<String> notes = new ArrayList<>();

  CrdRun(Naming naming, GroupVersionFilter filter, Problems problems) {
    this.filter = filter;
    this.problems = problems;
    this.model = new ModelBuilder(naming);
    this.converter = new SchemaConverter(naming, Json.MAPPER, true);
  }

  /** One CRD and where it is. */
  private final class Crd {
    final YamlDocuments file;
    final String fileName;
    final YamlDocuments.Doc doc;
    final JsonNode node;
    final String base;

    Crd(YamlDocuments file, String fileName, YamlDocuments.Doc doc, JsonNode node, String base) {
      this.file = file;
      this.fileName = fileName;
      this.doc = doc;
      this.node = node;
      this.base = base;
    }

    String name() {
      return node.path("metadata").path("name").asText();
    }

    void problem(String pointer, String message) {
      problems.add(fileName, file.locate(doc.index(), doc.line(), base + pointer), message);
    }

    SchemaConverter.Context context() {
      return new SchemaConverter.Context() {
        @Override
        public void problem(String pointer, String message) {
          Crd.this.problem(pointer, message);
        }

        @Override
        public TypeRef ref(String ref, String pointer) {
          return null;
        }
      };
    }
  }

  /** A served version of a valid CRD, with its type names taken. */
  private record Served(Crd crd, String group, String version, int index, String kindType, String listType) {}

  CrdReadResult run(List<InputDocument> inputs) {
    List<Crd> crds = new ArrayList<>();
    for (InputDocument input : inputs) {
      YamlDocuments file = new YamlDocuments(input);
      for (YamlDocuments.Doc doc : file.read(problems)) {
        collect(file, input.name(), doc, doc.node(), "", crds);
      }
    }
    if (crds.isEmpty() && problems.isEmpty()) {
      problems.add(
          inputs.size() == 1 ? inputs.get(0).name() : "the inputs", "",
          "no " + API_VERSION + " CustomResourceDefinition found"
              + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")"));
      return null;
    }
    // Order by CRD name, not by file: the output must not depend on how a bundle is split up.
    crds.sort(Comparator.comparing(Crd::name).thenComparing(c -> c.fileName));
    Map<String, Crd> byName = new HashMap<>();
    List<Crd> valid = new ArrayList<>();
    for (Crd crd : crds) {
      Crd first = byName.putIfAbsent(crd.name(), crd);
      if (first != null) {
        crd.problem("/metadata/name", "CRD '" + crd.name() + "' is defined twice (also in " + first.fileName + ")");
      } else if (validate(crd)) {
        valid.add(crd);
      }
    }
    List<Served> served = allocateNames(valid);
    for (Served s : served) {
      convert(s);
    }
    ApiModel built = model.build(problems, inputs.size() == 1 ? inputs.get(0).name() : "the CRDs", filter);
    if (built == null) {
      if (problems.isEmpty()) {
        problems.add("", "", "no input");
      }
      return null;
    }
    return new CrdReadResult(built, notes);
  }

  // ---------------------------------------------------------------- documents

  private void collect(
      YamlDocuments file, String fileName, YamlDocuments.Doc doc, JsonNode node, String base,
      List<Crd> out) {
    String where = fileName + ": document " + doc.index() + " (line " + doc.line() + ")" + (base.isEmpty() ? "" : " " + base);
    if (node == null || node.isNull() || node.isMissingNode()) {
      return; // an empty document, as between two '---'
    }
    if (!node.isObject() || !node.path("kind").isTextual() || !node.path("apiVersion").isTextual()) {
      notes.add(where + ": skipped, not a Kubernetes object (no apiVersion and kind)");
      return;
    }
    String apiVersion = node.get("apiVersion").asText();
    String kind = node.get("kind").asText();
    if (kind.equals("List") && node.path("items").isArray()) {
      for (int i = 0; i < node.get("items").size(); i++) {
        collect(file, fileName, doc, node.get("items").get(i), base + "/items/" + i, out);
      }
      return;
    }
    if (kind.equals(KIND) && apiVersion.equals(API_VERSION)) {
      out.add(new Crd(file, fileName, doc, node, base));
    } else if (kind.equals(KIND) && apiVersion.startsWith("apiextensions.k8s.io/")) {
      problems.add(
          fileName,
          file.locate(doc.index(), doc.line(), base + "/apiVersion"),
          apiVersion + " CRDs are not read (the apiserver stopped serving v1beta1 in 1.22): convert to "
              + API_VERSION);
    } else {
      String name = node.path("metadata").path("name").asText();
      notes.add(where + ": skipped " + kind + (name.isEmpty() ? "" : " '" + name + "'") + " (" + apiVersion
          + "), not a CustomResourceDefinition");
    }
  }

  // ---------------------------------------------------------------- validation

  /** The apiserver's checks that decide the Java names; reports and returns false on failure. */
  private boolean validate(Crd crd) {
    int before = problems.size();
    JsonNode spec = crd.node.path("spec");
    if (!spec.isObject()) {
      crd.problem("/spec", "a CRD needs a spec");
      return false;
    }
    String group = spec.path("group").asText();
    if (!DNS_SUBDOMAIN.matcher(group).matches() || group.length() > 253 || !group.contains(".")) {
      crd.problem("/spec/group", "group '" + group + "' must be a DNS subdomain with at least one dot (example.com)");
    }
    JsonNode names = spec.path("names");
    String plural = names.path("plural").asText();
    label(crd, "/spec/names/plural", plural, true, DNS_LABEL, "plural");
    label(crd, "/spec/names/singular", names.path("singular").asText(), false, DNS_LABEL, "singular");
    String kind = names.path("kind").asText();
    kind(crd, "/spec/names/kind", kind, true);
    String listKind = names.path("listKind").asText();
    kind(crd, "/spec/names/listKind", listKind, false);
    if (!kind.isEmpty() && (listKind.isEmpty() ? kind + "List" : listKind).equals(kind)) {
      crd.problem("/spec/names/listKind", "listKind must differ from kind");
    }
    for (String list : List.of("shortNames", "categories")) {
      JsonNode values = names.path(list);
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < values.size(); i++) {
        String v = values.get(i).asText();
        label(crd, "/spec/names/" + list + "/" + i, v, true, DNS_LABEL, list + " entry");
        if (!seen.add(v)) {
          crd.problem("/spec/names/" + list + "/" + i, list + " lists '" + v + "' twice");
        }
      }
    }
    String expected = plural + "." + group;
    if (!crd.name().equals(expected)) {
      crd.problem("/metadata/name", "metadata.name '" + crd.name() + "' must be spec.names.plural + \".\" + spec.group: '" + expected + "'");
    }
    String scope = spec.path("scope").asText();
    if (!scope.equals("Namespaced") && !scope.equals("Cluster")) {
      crd.problem("/spec/scope", "scope must be Namespaced or Cluster, not '" + scope + "'");
    }
    for (String v1beta1 : List.of("version", "validation", "subresources", "additionalPrinterColumns")) {
      if (spec.has(v1beta1)) {
        notes.add(crd.fileName + ": CRD '" + crd.name() + "': ignored spec." + v1beta1
            + ", a v1beta1 field that apiextensions.k8s.io/v1 drops (use spec.versions[*])");
      }
    }
    JsonNode versions = spec.path("versions");
    if (!versions.isArray() || versions.isEmpty()) {
      crd.problem("/spec/versions", "a CRD needs at least one version");
      return false;
    }
    int storage = 0;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < versions.size(); i++) {
      JsonNode v = versions.get(i);
      String at = "/spec/versions/" + i;
      String name = v.path("name").asText();
      label(crd, at + "/name", name, true, DNS_1035_LABEL, "version name");
      if (!seen.add(name)) {
        crd.problem(at + "/name", "version '" + name + "' is listed twice");
      }
      if (SchemaConverter.bool(v, "storage")) {
        storage++;
      }
      if (!SchemaConverter.bool(v, "served")) {
        continue;
      }
      JsonNode schema = v.path("schema").path("openAPIV3Schema");
      if (!schema.isObject()) {
        crd.problem(at + "/schema/openAPIV3Schema", "served version '" + name + "' has no schema (apiextensions.k8s.io/v1 requires one)");
      } else if (!schema.path("type").asText().equals("object")) {
        crd.problem(at + "/schema/openAPIV3Schema/type", "the root of the schema must have type: object");
      }
      JsonNode scale = v.path("subresources").path("scale");
      if (scale.isObject()) {
        scalePath(crd, at + "/subresources/scale/specReplicasPath", scale, "specReplicasPath", ".spec.", true);
        scalePath(crd, at + "/subresources/scale/statusReplicasPath", scale, "statusReplicasPath", ".status.", true);
        if (scale.has("labelSelectorPath")) {
          String p = scale.path("labelSelectorPath").asText();
          if (!p.startsWith(".spec.") && !p.startsWith(".status.")) {
            crd.problem(at + "/subresources/scale/labelSelectorPath", "labelSelectorPath must start with .spec. or .status.");
          }
        }
      }
    }
    if (storage != 1) {
      crd.problem("/spec/versions", "exactly one version must have storage: true, found " + storage);
    }
    return problems.size() == before;
  }

  private static void scalePath(Crd crd, String at, JsonNode scale, String field, String prefix, boolean required) {
    String p = scale.path(field).asText();
    if (p.isEmpty() ? required : !p.startsWith(prefix) || p.length() == prefix.length()) {
      crd.problem(at, field + " must be a path under " + prefix + " such as " + prefix + "replicas, not '" + p + "'");
    }
  }

  private static void label(Crd crd, String at, String value, boolean required, Pattern rule, String what) {
    if (value.isEmpty()) {
      if (required) {
        crd.problem(at, what + " is required");
      }
      return;
    }
    if (value.length() > 63 || !rule.matcher(value).matches()) {
      crd.problem(at, what + " '" + value + "' must be a lower-case DNS label (a-z, 0-9, '-', at most 63 characters)");
    }
  }

  private static void kind(Crd crd, String at, String value, boolean required) {
    if (value.isEmpty()) {
      if (required) {
        crd.problem(at, "kind is required");
      }
      return;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if (value.length() > 63 || !DNS_1035_LABEL.matcher(lower).matches() || value.contains("-")) {
      crd.problem(at, "'" + value + "' must be a kind name: a letter, then letters and digits (CronTab)");
    }
  }

  // ---------------------------------------------------------------- model

  /**
   * Takes the kinds' and list kinds' type names in every package before any nested type is named,
   * so that an inline type of one CRD can never take the name of another CRD's kind.
   */
  private List<Served> allocateNames(List<Crd> crds) {
    List<Served> served = new ArrayList<>();
    Map<String, Crd> kinds = new HashMap<>();
    Map<String, Crd> plurals = new HashMap<>();
    for (Crd crd : crds) {
      JsonNode spec = crd.node.path("spec");
      String group = spec.path("group").asText();
      String kind = spec.path("names").path("kind").asText();
      String listKind = listKind(crd);
      JsonNode versions = spec.path("versions");
      for (int i = 0; i < versions.size(); i++) {
        JsonNode v = versions.get(i);
        String version = v.path("name").asText();
        if (!SchemaConverter.bool(v, "served") || !filter.accepts(group, version)) {
          continue;
        }
        String gv = group + "/" + version + "/";
        Crd sameKind = kinds.putIfAbsent(gv + kind, crd);
        Crd sameList = kinds.putIfAbsent(gv + listKind, crd);
        Crd samePlural = plurals.putIfAbsent(gv + spec.path("names").path("plural").asText(), crd);
        if (sameKind != null || sameList != null || samePlural != null) {
          Crd other = sameKind != null ? sameKind : sameList != null ? sameList : samePlural;
          crd.problem("/spec/names", "kind '" + kind + "', list kind '" + listKind
              + "' or plural clashes in " + group + "/" + version + " with CRD '" + other.name() + "'");
          continue;
        }
        ModelBuilder.Gv target = model.gv(group, version);
        String kindType = target.names.newName(kind);
        String listType = target.names.newName(listKind);
        served.add(new Served(crd, group, version, i, kindType, listType));
      }
    }
    return served;
  }

  private static String listKind(Crd crd) {
    JsonNode names = crd.node.path("spec").path("names");
    String listKind = names.path("listKind").asText();
    return listKind.isEmpty() ? names.path("kind").asText() + "List" : listKind;
  }

  private void convert(Served s) {
    Crd crd = s.crd;
    JsonNode spec = crd.node.path("spec");
    JsonNode names = spec.path("names");
    JsonNode version = spec.path("versions").get(s.index);
    String at = "/spec/versions/" + s.index;
    ModelBuilder.Gv gv = model.gv(s.group, s.version);
    ObjectDef root =
        converter.objectDef(
            crd.context(), gv, s.kindType, version.path("schema").path("openAPIV3Schema"),
            at + "/schema/openAPIV3Schema", 0, true);
    gv.define(root);
    gv.define(ObjectDef.resourceList(s.listType, gv.id(s.kindType)));
    String kind = names.path("kind").asText();
    Resource.Builder b =
        Resource.builder(s.group, s.version, kind, names.path("plural").asText())
            .listKind(listKind(crd))
            .singular(names.has("singular") ? names.get("singular").asText() : kind.toLowerCase(Locale.ROOT))
            .shortNames(strings(names.path("shortNames")))
            .categories(strings(names.path("categories")))
            .scope(spec.path("scope").asText().equals("Cluster") ? Scope.CLUSTER : Scope.NAMESPACED)
            .verbs(VERBS)
            .objectType(new TypeRef.NamedRef(gv.id(s.kindType)))
            .listType(new TypeRef.NamedRef(gv.id(s.listType)));
    JsonNode subresources = version.path("subresources");
    if (subresources.has("status")) {
      b.subresource(new Subresource.Status(SUBRESOURCE_VERBS));
    }
    JsonNode scale = subresources.path("scale");
    if (scale.isObject()) {
      b.subresource(
          new Subresource.Scale(
              SUBRESOURCE_VERBS,
              scale.path("specReplicasPath").asText(),
              scale.path("statusReplicasPath").asText(),
              scale.path("labelSelectorPath").asText()));
    }
    gv.resources.add(b.build());
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
