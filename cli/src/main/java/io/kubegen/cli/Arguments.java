package io.kubegen.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The parsed command line of {@code kubegen generate}. Options that take several values
 * ({@code --spec}, {@code --crd}, {@code --include}, {@code --exclude}, {@code --plural-exception})
 * repeat, and also take every following word up to the next option, so that a shell glob
 * ({@code --crd crds/*.yaml}) works; {@code --name=value} is accepted everywhere.
 *
 * @param help {@code --help} was given: print the usage and do nothing else
 */
record Arguments(
    boolean help,
    boolean debug,
    List<String> specs,
    List<String> crds,
    boolean fromCluster,
    String context,
    String basePackage,
    String out,
    List<String> generators,
    List<String> includes,
    List<String> excludes,
    List<String> pluralExceptions) {

  static final String USAGE = String.join("\n",
      "Usage: kubegen generate [options]",
      "",
      "Generates typed Kubernetes clients (models, scheme registration, clientset, fake clientset,",
      "listers, informers) from OpenAPI documents and CRDs.",
      "",
      "Inputs (at least one; --spec and --crd repeat and mix):",
      "  --spec FILE|DIR|GLOB ...       apiserver OpenAPI v2/v3 documents (.json)",
      "  --crd FILE|DIR|GLOB ...        CustomResourceDefinition YAML/JSON",
      "  --from-cluster                 the API of the cluster in the kubeconfig",
      "  --context NAME                 the kubeconfig context for --from-cluster",
      "",
      "Output:",
      "  --package PKG                  base package of the generated code (required)",
      "  --out DIR                      output directory (required); replaced as a whole. kubegen",
      "                                 marks the directories it creates and refuses to clear a",
      "                                 non-empty directory it did not create",
      "  --generators LIST              comma-separated: models,register,clientset,fake,listers,",
      "                                 informers (default: all)",
      "  --include PATTERN ...          group or group/version to generate (core/v1, *.example.com)",
      "  --exclude PATTERN ...          group or group/version to leave out",
      "  --plural-exception KIND:PLURAL ...",
      "                                 plural of a kind the English rules get wrong",
      "",
      "  --debug                        print stack traces of internal failures",
      "  --help                         print this help",
      "",
      "Exit codes: 0 done (or up to date), 1 bad input, 2 bad usage, 3 internal failure.",
      "");

  private static final List<String> MULTI =
      List.of("--spec", "--crd", "--include", "--exclude", "--plural-exception");
  private static final List<String> SINGLE = List.of("--context", "--package", "--out", "--generators");
  private static final List<String> FLAGS = List.of("--from-cluster", "--debug", "--help", "-h");

  static Arguments parse(String... args) {
    List<String> words = new ArrayList<>(Arrays.asList(args));
    if (words.contains("--help") || words.contains("-h") || words.isEmpty()
        || words.get(0).equals("help")) {
      return new Arguments(true, false, List.of(), List.of(), false, null, null, null,
          List.of(), List.of(), List.of(), List.of());
    }
    if (!words.get(0).equals("generate")) {
      throw new UsageException(words.get(0).startsWith("-")
          ? "a command comes first: kubegen generate ..."
          : "unknown command '" + words.get(0) + "'; the command is 'generate'");
    }
    Builder b = new Builder();
    for (int i = 1; i < words.size(); i++) {
      String word = words.get(i);
      String name = word;
      String inline = null;
      int eq = word.indexOf('=');
      if (word.startsWith("--") && eq > 0) {
        name = word.substring(0, eq);
        inline = word.substring(eq + 1);
      }
      if (FLAGS.contains(name)) {
        if (inline != null) {
          throw new UsageException(name + " takes no value");
        }
        b.flag(name);
      } else if (SINGLE.contains(name)) {
        String value = inline;
        if (value == null) {
          if (i + 1 >= words.size() || isOption(words.get(i + 1))) {
            throw new UsageException(name + " needs a value");
          }
          value = words.get(++i);
        }
        b.single(name, value);
      } else if (MULTI.contains(name)) {
        List<String> values = new ArrayList<>();
        if (inline != null) {
          values.add(inline);
        } else {
          while (i + 1 < words.size() && !isOption(words.get(i + 1))) {
            values.add(words.get(++i));
          }
        }
        if (values.isEmpty() || values.stream().anyMatch(String::isBlank)) {
          throw new UsageException(name + " needs a value");
        }
        b.multi(name).addAll(values);
      } else if (isOption(word)) {
        throw new UsageException("unknown option '" + name + "'");
      } else {
        throw new UsageException("unexpected argument '" + word + "' (inputs follow --spec or --crd)");
      }
    }
    return b.build();
  }

  private static boolean isOption(String word) {
    return word.startsWith("-") && word.length() > 1;
  }

  private static final class Builder {
    private boolean debug;
    private boolean fromCluster;
    private String context;
    private String basePackage;
    private String out;
    private String generators;
    private final List<String> specs = new ArrayList<>();
    private final List<String> crds = new ArrayList<>();
    private final List<String> includes = new ArrayList<>();
    private final List<String> excludes = new ArrayList<>();
    private final List<String> plurals = new ArrayList<>();

    void flag(String name) {
      switch (name) {
        case "--debug" -> debug = true;
        case "--from-cluster" -> fromCluster = true;
        default -> throw new IllegalStateException(name);
      }
    }

    void single(String name, String value) {
      String previous = switch (name) {
        case "--context" -> context;
        case "--package" -> basePackage;
        case "--out" -> out;
        case "--generators" -> generators;
        default -> throw new IllegalStateException(name);
      };
      if (previous != null) {
        throw new UsageException(name + " given twice");
      }
      switch (name) {
        case "--context" -> context = value;
        case "--package" -> basePackage = value;
        case "--out" -> out = value;
        default -> generators = value;
      }
    }

    List<String> multi(String name) {
      return switch (name) {
        case "--spec" -> specs;
        case "--crd" -> crds;
        case "--include" -> includes;
        case "--exclude" -> excludes;
        case "--plural-exception" -> plurals;
        default -> throw new IllegalStateException(name);
      };
    }

    Arguments build() {
      if (basePackage == null) {
        throw new UsageException("--package is required");
      }
      if (out == null) {
        throw new UsageException("--out is required");
      }
      if (specs.isEmpty() && crds.isEmpty() && !fromCluster) {
        throw new UsageException("no input: give --spec, --crd or --from-cluster");
      }
      if (context != null && !fromCluster) {
        throw new UsageException("--context applies to --from-cluster only");
      }
      List<String> kinds = new ArrayList<>();
      if (generators != null) {
        for (String g : generators.split(",", -1)) {
          if (g.isBlank()) {
            throw new UsageException("--generators '" + generators + "' has an empty entry");
          }
          kinds.add(g.strip());
        }
      }
      return new Arguments(false, debug, List.copyOf(specs), List.copyOf(crds), fromCluster, context,
          basePackage, out, List.copyOf(kinds), List.copyOf(includes), List.copyOf(excludes),
          List.copyOf(plurals));
    }
  }
}
