package io.kubegen.cli;

import java.nio.file.Path;

/** {@code java -jar kubegen-cli.jar generate ...}: see {@code --help}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code = new Cli(Path.of(""), System.out, System.err).run(args);
    System.out.flush();
    System.exit(code);
  }
}
