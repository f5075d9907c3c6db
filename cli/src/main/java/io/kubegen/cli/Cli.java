package io.kubegen.cli;

import io.kubegen.input.generate.GenerationConfig;
import io.kubegen.input.generate.GenerationException;
import io.kubegen.input.generate.GenerationRun;
import io.kubegen.input.generate.GenerationSummary;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The command line's logic, without {@code System.exit}: parse, map to one
 * {@link GenerationConfig}, run {@link GenerationRun}, and turn the outcome into an exit code and
 * one message. Stack traces only with {@code --debug}.
 */
final class Cli {
  static final int OK = 0;
  static final int BAD_INPUT = 1;
  static final int USAGE = 2;
  static final int INTERNAL = 3;

  private final Path workingDirectory;
  private final PrintStream out;
  private final PrintStream err;

  Cli(Path workingDirectory, PrintStream out, PrintStream err) {
    this.workingDirectory = workingDirectory;
    this.out = out;
    this.err = err;
  }

  int run(String... args) {
    boolean debug = Arrays.asList(args).contains("--debug");
    try {
      Arguments a = Arguments.parse(args);
      if (a.help()) {
        out.print(Arguments.USAGE);
        return OK;
      }
      GenerationSummary summary = GenerationRun.create().run(GenerationConfig.builder()
          .baseDirectory(workingDirectory)
          .specs(a.specs())
          .crds(a.crds())
          .fromCluster(a.fromCluster())
          .context(a.context())
          .basePackage(a.basePackage())
          .generators(a.generators())
          .includes(a.includes())
          .excludes(a.excludes())
          .pluralExceptions(a.pluralExceptions())
          .outputDirectory(Path.of(a.out()))
          .build());
      summary.notes().forEach(n -> err.println("kubegen: note: " + n));
      out.println(summary.line());
      return OK;
    } catch (UsageException e) {
      err.println("kubegen: " + e.getMessage() + " (see kubegen --help)");
      return USAGE;
    } catch (GenerationException e) {
      return switch (e.kind()) {
        case USAGE -> {
          err.println(e.getMessage() + " (see kubegen --help)");
          yield USAGE;
        }
        case INPUT -> {
          err.println(e.getMessage());
          yield BAD_INPUT;
        }
        case INTERNAL -> internal(e, debug);
      };
    } catch (RuntimeException | Error e) {
      return internal(e, debug);
    }
  }

  private int internal(Throwable e, boolean debug) {
    err.println("kubegen: internal failure: " + e
        + (debug ? "" : " (run with --debug for the stack trace)"));
    if (debug) {
      e.printStackTrace(err);
    }
    return INTERNAL;
  }
}
