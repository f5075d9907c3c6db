package io.kubegen.input.generate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a run did, for the one line a build or the command line prints.
 *
 * @param outcome whether files were written
 * @param groups API groups generated (0 unless {@link Outcome#GENERATED})
 * @param resources resources generated
 * @param files source files written
 * @param elapsed wall time of the run
 * @param outputDirectory where the sources are
 * @param notes what the readers skipped or ignored, one sentence each
 */
public record GenerationSummary(
    Outcome outcome, int groups, int resources, int files, Duration elapsed, Path outputDirectory,
    List<String> notes) {

  /** What happened to the output directory. */
  public enum Outcome {
    GENERATED,
    UP_TO_DATE,
    SKIPPED
  }

  public GenerationSummary {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    notes = List.copyOf(notes);
  }

  /** The summary line, such as {@code kubegen: 2 groups, 3 resources, 57 files in 412 ms -> out}. */
  public String line() {
    return switch (outcome) {
      case SKIPPED -> "kubegen: skipped";
      case UP_TO_DATE -> "kubegen: up to date, nothing written, checked in " + elapsed.toMillis() + " ms ("
          + outputDirectory + ")";
      case GENERATED -> "kubegen: " + groups + (groups == 1 ? " group, " : " groups, ")
          + resources + (resources == 1 ? " resource, " : " resources, ")
          + files + (files == 1 ? " file" : " files") + " in " + elapsed.toMillis() + " ms -> "
          + outputDirectory;
    };
  }
}
