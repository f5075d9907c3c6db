package io.kubegen.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Turns the paths a user gives (files or directories) into documents, reporting what is missing. */
final class Inputs {
  private Inputs() {}

  /**
   * Reads each path; a directory contributes its files with one of {@code extensions} (not
   * recursively), sorted by name so that the result does not depend on the file system.
   */
  static List<InputDocument> read(List<Path> paths, List<String> extensions, Problems problems) {
    List<InputDocument> documents = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(path)) {
          list.filter(Files::isRegularFile)
              .filter(p -> hasExtension(p, extensions))
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          problems.add(path.toString(), "", "cannot list the directory: " + e.getMessage());
          continue;
        }
        if (files.isEmpty()) {
          problems.add(
              path.toString(), "", "the directory holds no " + String.join(", ", extensions) + " file");
        }
        for (Path f : files) {
          readFile(f, documents, problems);
        }
      } else {
        readFile(path, documents, problems);
      }
    }
    return documents;
  }

  private static void readFile(Path file, List<InputDocument> out, Problems problems) {
    try {
      out.add(new InputDocument(file.toString(), Files.readAllBytes(file)));
    } catch (NoSuchFileException e) {
      problems.add(file.toString(), "", "no such file");
    } catch (IOException e) {
      problems.add(file.toString(), "", "cannot read the file: " + e.getMessage());
    }
  }

  private static boolean hasExtension(Path p, List<String> extensions) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return extensions.stream().anyMatch(name::endsWith);
  }
}
