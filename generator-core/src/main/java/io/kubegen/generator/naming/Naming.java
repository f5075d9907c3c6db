package io.kubegen.generator.naming;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The one component that decides every Java name kubegen generates: type, field, method, enum
 * constant and package names, resource plurals, group and version accessors. Immutable; build one
 * with {@link #builder()} to add plural exceptions and per-group names, or use {@link #defaults()}.
 *
 * <p>Every name it returns is an ASCII Java identifier that is not reserved, whatever the input
 * (keywords, digits first, {@code - . $ / \}, unicode, {@code ..}); package segments are lower
 * case; type names never shadow {@code java.lang} and always fit in a file name.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>Reserved words get a trailing {@code _} ({@code class} → {@code class_}); names starting with
 *       a digit get a leading {@code _} ({@code 9lives} → {@code _9lives}).
 *   <li>Type names that clash with {@code java.lang} ({@code Object}, {@code Class}, {@code Module},
 *       {@code Record}...) get a trailing {@code _} ({@code Object_}): generated code names
 *       {@code java.lang} types by their simple names, and a same-package class would shadow them.
 *       A valid Kubernetes kind never contains {@code _}, so the renamed class cannot clash with
 *       another kind. The kind string on the wire is unchanged.
 *   <li>Plurals follow gengo's current rules (client-gen's namer): {@code s x z ch sh} →
 *       {@code es}; consonant + {@code y} → {@code ies}; {@code f}/{@code fe} → {@code ves};
 *       otherwise {@code s}; names shorter than two letters unchanged; the exception table (by
 *       default client-gen's {@code Endpoints:Endpoints}) wins. An older gengo also turned a
 *       trailing {@code on} into {@code a} ({@code Criterion} → {@code Criteria}); we do not, since
 *       that gives {@code MutatingWebhookConfigurata}: add an exception for such kinds instead.
 * </ul>
 */
public final class Naming {
  /**
   * Longest generated type name. Emitters derive longer names ({@code FooNamespaceLister},
   * {@code FakeFooClient}) and the compiler writes {@code Outer$Inner.class}; 160 characters leave
   * room for those under a 200-byte file name.
   */
  public static final int MAX_TYPE_NAME_LENGTH = 160;

  /** client-gen's default plural exceptions: kinds that already are plural. */
  public static final Map<String, String> DEFAULT_PLURAL_EXCEPTIONS =
      Map.of(
          "Endpoints", "Endpoints",
          "PodMetrics", "PodMetrics",
          "NodeMetrics", "NodeMetrics",
          "ResourceClaimParameters", "ResourceClaimParameters",
          "ResourceClassParameters", "ResourceClassParameters");

  /** Methods of {@code java.lang.Object} that a getter or setter must not override by accident. */
  private static final Set<String> OBJECT_METHODS =
      Set.of("getClass", "hashCode", "equals", "toString", "notify", "notifyAll", "wait", "clone", "finalize");

  private static final String CONSONANTS = "bcdfghjklmnpqrstvwxyz";

  private final Map<String, String> pluralExceptions;
  private final Map<String, GroupOverride> groupOverrides;

  private Naming(Map<String, String> pluralExceptions, Map<String, GroupOverride> groupOverrides) {
    this.pluralExceptions = Map.copyOf(pluralExceptions);
    this.groupOverrides = Map.copyOf(groupOverrides);
  }

  /** The default rules: client-gen's plural exceptions, no group overrides. */
  public static Naming defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------- resources

  /**
   * The plural of a kind in PascalCase, for method and class names: {@code Ingress} →
   * {@code Ingresses}, {@code NetworkPolicy} → {@code NetworkPolicies}, {@code Endpoints} →
   * {@code Endpoints}. (The URL plural is the model's {@code Resource.plural()}, not this.)
   */
  public String plural(String kind) {
    requireNonNull(kind, "kind");
    String exception = pluralExceptions.get(kind);
    String base = pascalWords(kind);
    if (exception == null) {
      exception = pluralExceptions.get(base);
    }
    if (exception != null) {
      return pascalWords(exception);
    }
    return gengoPlural(base);
  }

  /** The accessor of a resource in a group-version client: {@code IPPool} → {@code ipPools}. */
  public String resourceAccessor(String kind) {
    return safe(Words.decapitalize(plural(kind)));
  }

  /** The singular accessor form: {@code IPPool} → {@code ipPool}. */
  public String singularAccessor(String kind) {
    return safe(Words.decapitalize(pascalWords(requireNonNull(kind, "kind"))));
  }

  /** The lower-case singular resource name: {@code NetworkPolicy} → {@code networkpolicy}. */
  public String singular(String kind) {
    return pascalWords(requireNonNull(kind, "kind")).toLowerCase(Locale.ROOT);
  }

  private static String gengoPlural(String singular) {
    if (singular.length() < 2) {
      return singular;
    }
    char last = singular.charAt(singular.length() - 1);
    char beforeLast = singular.charAt(singular.length() - 2);
    switch (last) {
      case 's':
      case 'x':
      case 'z':
        return singular + "es";
      case 'y':
        return CONSONANTS.indexOf(beforeLast) >= 0
            ? singular.substring(0, singular.length() - 1) + "ies"
            : singular + "s";
      case 'h':
        return beforeLast == 'c' || beforeLast == 's' ? singular + "es" : singular + "s";
      case 'e':
        return beforeLast == 'f'
            ? singular.substring(0, singular.length() - 2) + "ves"
            : singular + "s";
      case 'f':
        return singular.substring(0, singular.length() - 1) + "ves";
      default:
        return singular + "s";
    }
  }

  // ---------------------------------------------------------------- types

  /**
   * A safe top-level type name: PascalCase, never a {@code java.lang} name, at most
   * {@link #MAX_TYPE_NAME_LENGTH} characters (longer names keep a prefix and end in a stable
   * hash of the whole name). Idempotent: {@code typeName(typeName(x)).equals(typeName(x))}.
   */
  public String typeName(String name) {
    String pascal = pascalWords(requireNonNull(name, "name"));
    if (pascal.length() > MAX_TYPE_NAME_LENGTH) {
      pascal = pascal.substring(0, MAX_TYPE_NAME_LENGTH - 8) + Words.hash(pascal);
    }
    if (JavaIdentifiers.isJavaLangName(pascal)) {
      pascal = pascal + "_";
    }
    return pascal;
  }

  /**
   * The name of an inline object type: parent plus property in PascalCase
   * ({@code KafkaSpecKafka} + {@code listeners} → {@code KafkaSpecKafkaListeners}), shortened like
   * {@link #typeName}. Unique per package only through a {@link TypeNameAllocator}.
   */
  public String nestedTypeName(String parentTypeName, String propertyName) {
    requireNonNull(parentTypeName, "parentTypeName");
    requireNonNull(propertyName, "propertyName");
    String parent = pascalWords(parentTypeName);
    return typeName(parent + pascalWords(propertyName));
  }

  /** A new allocator of unique type names for one package. */
  public TypeNameAllocator typeNameAllocator() {
    return new TypeNameAllocator(this);
  }

  // ---------------------------------------------------------------- members

  /** A safe lowerCamel identifier for one name, without collision handling: {@code x-foo} → {@code xFoo}. */
  public String identifier(String name) {
    return safe(camelWords(requireNonNull(name, "name")));
  }

  /**
   * The Java names of an object's properties, in the order given. Properties that would share a
   * name (they differ only in case or punctuation: {@code x-foo}, {@code xFoo}, {@code XFoo}) get
   * distinct names deterministically, whatever the input order: a property whose JSON name already
   * is its field name keeps it, then the others in JSON-name order take the base name or the base
   * name with the smallest free number ({@code xFoo2}).
   *
   * @param reserved PascalCase names the emitter uses itself ({@code AdditionalProperties}),
   *     compared ignoring case
   */
  public List<PropertyName> propertyNames(List<String> jsonNames, Set<String> reserved) {
    requireNonNull(jsonNames, "jsonNames");
    requireNonNull(reserved, "reserved");
    if (new HashSet<>(jsonNames).size() != jsonNames.size()) {
      throw new IllegalArgumentException("jsonNames must be unique: " + jsonNames);
    }
    Set<String> taken = new HashSet<>();
    for (String r : reserved) {
      taken.add(r.toLowerCase(Locale.ROOT));
    }
    Map<String, String> camelByJson = new LinkedHashMap<>();
    for (String json : priorityOrder(jsonNames, json -> json.equals(camelWords(json)))) {
      String base = camelWords(json);
      String candidate = base;
      for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
        candidate = base + n;
      }
      camelByJson.put(json, candidate);
    }
    List<PropertyName> names = new ArrayList<>();
    for (String json : jsonNames) {
      names.add(propertyName(json, camelByJson.get(json)));
    }
    return List.copyOf(names);
  }

  private static PropertyName propertyName(String json, String camel) {
    String pascal = Words.capitalize(camel);
    String methodPart = OBJECT_METHODS.contains("get" + pascal) ? pascal + "_" : pascal;
    return new PropertyName(
        json, safe(camel), "get" + methodPart, "set" + methodPart, "with" + methodPart);
  }

  /**
   * Enum constant names for string values, in the order given: {@code ReadWriteOnce} →
   * {@code READ_WRITE_ONCE}, {@code ""} → {@code EMPTY}, {@code -} → {@code U2D}, {@code 1.0} →
   * {@code _1_0}. Values that would share a constant get distinct ones deterministically, like
   * {@link #propertyNames}: a value that already is its constant keeps it; the others, in value
   * order, take the base or the base with the smallest free suffix ({@code A_B_2}).
   *
   * @param reserved constants the emitter adds itself ({@code UNKNOWN})
   */
  public List<String> enumConstants(List<String> values, Set<String> reserved) {
    requireNonNull(values, "values");
    requireNonNull(reserved, "reserved");
    if (new HashSet<>(values).size() != values.size()) {
      throw new IllegalArgumentException("values must be unique: " + values);
    }
    Set<String> taken = new HashSet<>(reserved);
    Map<String, String> byValue = new LinkedHashMap<>();
    for (String value : priorityOrder(values, v -> v.equals(constantBase(v)))) {
      String base = constantBase(value);
      String candidate = base;
      for (int n = 2; !taken.add(candidate); n++) {
        candidate = base + "_" + n;
      }
      byValue.put(value, candidate);
    }
    List<String> constants = new ArrayList<>();
    for (String value : values) {
      constants.add(byValue.get(value));
    }
    return List.copyOf(constants);
  }

  private static String constantBase(String value) {
    if (value.isEmpty()) {
      return "EMPTY";
    }
    String constant = String.join("_", Words.splitCamel(value)).toUpperCase(Locale.ROOT);
    return Words.isDigit(constant.charAt(0)) ? "_" + constant : constant;
  }

  /** Exact names first, then everything in natural order: stable whatever the input order. */
  private static List<String> priorityOrder(
      List<String> names, Predicate<String> exact) {
    List<String> ordered = new ArrayList<>(names);
    ordered.sort(
        Comparator.comparing((String n) -> exact.test(n) ? 0 : 1)
            .thenComparing(Comparator.naturalOrder()));
    return ordered;
  }

  // ---------------------------------------------------------------- groups and versions

  /**
   * The package segment of a version: lower case, {@code -} → {@code _}; {@code v1beta1} →
   * {@code v1beta1}. Also the version accessor in the informer factory ({@code v1()}).
   */
  public String versionSegment(String version) {
    requireNonNull(version, "version");
    String segment = String.join("_", Words.split(version)).toLowerCase(Locale.ROOT);
    return packageSafe(segment);
  }

  /** The version part of accessors and class names: {@code v1beta1} → {@code V1beta1}. */
  public String versionPascal(String version) {
    return pascalWords(requireNonNull(version, "version"));
  }

  /**
   * Names the groups of one model: package segments and accessors, resolving groups that share a
   * first DNS label (see {@link GroupNames}).
   */
  public GroupNames groupNames(Collection<String> groups) {
    requireNonNull(groups, "groups");
    Map<String, GroupNames.Names> names = new TreeMap<>();
    Map<String, String> bySegment = new TreeMap<>();
    // Overrides first: they are the user's choice, derived names give way to them.
    for (String group : new TreeSet<>(groups)) {
      GroupOverride o = groupOverrides.get(group);
      if (o != null) {
        claim(bySegment, o.packageSegment(), group);
        names.put(group, new GroupNames.Names(o.packageSegment(), o.accessor()));
      }
    }
    Map<String, List<String>> byFirstLabel = new TreeMap<>();
    for (String group : new TreeSet<>(groups)) {
      if (!names.containsKey(group)) {
        byFirstLabel.computeIfAbsent(firstLabelSegment(group), k -> new ArrayList<>()).add(group);
      }
    }
    for (Map.Entry<String, List<String>> e : byFirstLabel.entrySet()) {
      List<String> sharing = e.getValue();
      boolean shared = sharing.size() > 1 || bySegment.containsKey(e.getKey());
      for (String group : sharing) {
        GroupNames.Names n;
        if (group.isEmpty()) {
          n = new GroupNames.Names("core", "core");
        } else if (!shared) {
          n = new GroupNames.Names(e.getKey(), safe(camelWords(group.split("\\.", -1)[0])));
        } else {
          n = wholeGroupName(group);
        }
        if (bySegment.containsKey(n.packageSegment())) {
          // Whole names that still collide (a-b.io, ab.io): a stable hash of the group decides.
          String hash = Words.hash(group);
          n = new GroupNames.Names(n.packageSegment() + hash, n.accessor() + hash);
        }
        claim(bySegment, n.packageSegment(), group);
        names.put(group, n);
      }
    }
    return new GroupNames(this, names);
  }

  private static void claim(Map<String, String> bySegment, String segment, String group) {
    String previous = bySegment.putIfAbsent(segment, group);
    if (previous != null) {
      throw new IllegalArgumentException(
          "groups '" + previous + "' and '" + group + "' would share the package segment '"
              + segment + "': change a group override");
    }
  }

  private static String firstLabelSegment(String group) {
    if (group.isEmpty()) {
      return "core";
    }
    return packageSafe(String.join("", Words.split(group.split("\\.", -1)[0])).toLowerCase(Locale.ROOT));
  }

  private static GroupNames.Names wholeGroupName(String group) {
    List<String> words = Words.split(group);
    String segment = packageSafe(String.join("", words).toLowerCase(Locale.ROOT));
    List<String> lowerWords = new ArrayList<>();
    for (String w : words) {
      lowerWords.add(w.toLowerCase(Locale.ROOT));
    }
    return new GroupNames.Names(segment, safe(Words.camel(lowerWords)));
  }

  /**
   * A package layout under {@code basePackage} for the groups of one model (see
   * {@link PackageLayout}).
   */
  public PackageLayout layout(String basePackage, Collection<String> groups) {
    return new PackageLayout(this, basePackage, groupNames(groups));
  }

  // ---------------------------------------------------------------- helpers

  /** PascalCase words of {@code text}, safe as the start of a type name. */
  static String pascalWords(String text) {
    String pascal = Words.pascal(Words.split(text));
    return Words.isDigit(pascal.charAt(0)) ? "_" + pascal : pascal;
  }

  /** lowerCamel words of {@code text}, not yet checked against reserved words. */
  static String camelWords(String text) {
    String camel = Words.camel(Words.split(text));
    return Words.isDigit(camel.charAt(0)) ? "_" + camel : camel;
  }

  /** Appends {@code _} to reserved words, prefixes {@code _} to a leading digit. */
  static String safe(String identifier) {
    String id = Words.isDigit(identifier.charAt(0)) ? "_" + identifier : identifier;
    return JavaIdentifiers.isReserved(id) ? id + "_" : id;
  }

  static String packageSafe(String segment) {
    String s = safe(segment.isEmpty() ? "empty" : segment);
    if (!JavaIdentifiers.isPackageSegment(s)) {
      throw new AssertionError("not a package segment: " + s);
    }
    return s;
  }

  private static <T> T requireNonNull(T value, String name) {
    return Objects.requireNonNull(value, () -> name + " must not be null");
  }

  /** A user's choice of names for one group. */
  record GroupOverride(String packageSegment, String accessor) {}

  /** Builds a {@link Naming}. */
  public static final class Builder {
    private final Map<String, String> pluralExceptions = new TreeMap<>(DEFAULT_PLURAL_EXCEPTIONS);
    private final Map<String, GroupOverride> groupOverrides = new TreeMap<>();

    private Builder() {}

    /**
     * Adds or replaces a plural exception, as client-gen's {@code --plural-exceptions Kind:Plural}.
     */
    public Builder pluralException(String kind, String plural) {
      requireNonNull(kind, "kind");
      requireNonNull(plural, "plural");
      if (kind.isBlank() || plural.isBlank()) {
        throw new IllegalArgumentException("kind and plural must not be blank");
      }
      pluralExceptions.put(kind, plural);
      return this;
    }

    /** Reads client-gen's {@code Kind:Plural} form. */
    public Builder pluralException(String kindColonPlural) {
      requireNonNull(kindColonPlural, "kindColonPlural");
      int colon = kindColonPlural.indexOf(':');
      if (colon <= 0 || colon == kindColonPlural.length() - 1) {
        throw new IllegalArgumentException(
            "plural exception '" + kindColonPlural + "' must have the form Kind:Plural");
      }
      return pluralException(kindColonPlural.substring(0, colon), kindColonPlural.substring(colon + 1));
    }

    /**
     * Names a group's package segment ({@code cm}) and accessor prefix ({@code certManager},
     * giving {@code certManagerV1()}), instead of the derived ones.
     */
    public Builder groupOverride(String group, String packageSegment, String accessor) {
      requireNonNull(group, "group");
      requireNonNull(packageSegment, "packageSegment");
      requireNonNull(accessor, "accessor");
      if (!JavaIdentifiers.isPackageSegment(packageSegment)) {
        throw new IllegalArgumentException(
            "packageSegment '" + packageSegment + "' of group '" + group
                + "' must be a lower-case Java identifier");
      }
      if (!JavaIdentifiers.isIdentifier(accessor) || accessor.contains("$")) {
        throw new IllegalArgumentException(
            "accessor '" + accessor + "' of group '" + group + "' must be a Java identifier");
      }
      groupOverrides.put(group, new GroupOverride(packageSegment, accessor));
      return this;
    }

    public Naming build() {
      return new Naming(pluralExceptions, groupOverrides);
    }
  }
}
