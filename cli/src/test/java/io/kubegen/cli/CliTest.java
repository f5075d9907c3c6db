package io.kubegen.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line in-process: parsing, exit codes, messages, and real generation. */
class CliTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void inputs() throws IOException {
    for (String name : List.of("crontab-crd.yaml", "configmaps-v2.json", "bad-crd.yaml")) {
      try (InputStream in = CliTest.class.getResourceAsStream("/" + name)) {
        Files.copy(in, dir.resolve(name));
      }
    }
  }

  private int run(String command) {
    out.reset();
    err.reset();
    return new Cli(dir, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8))
        .run(command.isEmpty() ? new String[0] : command.split(" "));
  }

  private String out() {
    return out.toString(UTF_8);
  }

  private String err() {
    return err.toString(UTF_8);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "''                                                     | 0 | ",
      "--help                                                 | 0 | ",
      "generate --crd x.yaml --help                           | 0 | ",
      "frobnicate                                             | 2 | unknown command 'frobnicate'",
      "--crd x.yaml                                           | 2 | a command comes first",
      "generate --out o --crd crontab-crd.yaml                | 2 | --package is required",
      "generate --package p --crd crontab-crd.yaml            | 2 | --out is required",
      "generate --package p --out o                           | 2 | no input",
      "generate --package p --out o --crd                     | 2 | --crd needs a value",
      "generate --package p --out o --crd a --bogus           | 2 | unknown option '--bogus'",
      "generate --package p --out o --out p --crd a           | 2 | --out given twice",
      "generate stray --package p --out o --crd a             | 2 | unexpected argument 'stray'",
      "generate --package p --out o --crd a --context c       | 2 | --context applies to --from-cluster only",
      "generate --package p --out o --crd a --generators a,,b | 2 | has an empty entry",
      "generate --package p --out o --crd a --debug=yes       | 2 | --debug takes no value",
      "generate --package p --out o --crd crontab-crd.yaml --generators models,crds | 2 | unknown artifact kind [crds]",
      "generate --package 'p q' --out o --crd crontab-crd.yaml | 2 | ",
      "generate --package p --out o --crd crontab-crd.yaml --plural-exception Foo | 2 | Kind:Plural",
      "generate --package p --out o --crd missing.yaml        | 1 | crd 'missing.yaml': no such file",
      "generate --package p --out o --crd nowhere/*.yaml      | 1 | matches no file",
  })
  void exitCodesAndMessages(String command, int code, String message) {
    assertEquals(code, run(command), err());
    if (code == 0) {
      assertTrue(out().startsWith("Usage: kubegen generate"), out());
      assertEquals("", err());
    } else {
      assertEquals("", out());
      assertFalse(err().contains("\tat "), "no stack trace: " + err());
      if (message != null) {
        assertTrue(err().contains(message), err());
      }
      if (code == 2) {
        assertTrue(err().strip().endsWith("(see kubegen --help)"), err());
        assertEquals(1, err().strip().lines().count(), "one line: " + err());
      }
    }
  }

  @Test
  void optionsParseInEveryForm() {
    Arguments a = Arguments.parse(("generate --spec a.json b.json --crd=c.yaml --spec d --include core/v1 apps"
        + " --exclude=x --plural-exception Endpoints:Endpoints --package p --out=o --generators models,register"
        + " --from-cluster --context dev --debug").split(" "));
    assertEquals(List.of("a.json", "b.json", "d"), a.specs());
    assertEquals(List.of("c.yaml"), a.crds());
    assertEquals(List.of("core/v1", "apps"), a.includes());
    assertEquals(List.of("x"), a.excludes());
    assertEquals(List.of("Endpoints:Endpoints"), a.pluralExceptions());
    assertEquals(List.of("models", "register"), a.generators());
    assertEquals("p", a.basePackage());
    assertEquals("o", a.out());
    assertTrue(a.fromCluster());
    assertEquals("dev", a.context());
    assertTrue(a.debug());
  }

  @Test
  void generatesThenIsUpToDate() throws IOException {
    assertEquals(0, run("generate --spec configmaps-v2.json --crd crontab-crd.yaml --package io.acme --out gen"), err());
    assertTrue(out().matches("kubegen: 2 groups, 2 resources, \\d+ files in \\d+ ms -> gen\\R"), out());
    assertTrue(Files.isRegularFile(dir.resolve("gen/io/acme/apis/core/v1/ConfigMap.java")));
    assertTrue(Files.isRegularFile(dir.resolve("gen/io/acme/apis/stable/v1/CronTab.java")));
    assertEquals(0, run("generate --crd crontab-crd.yaml --spec configmaps-v2.json --package io.acme --out gen"), err());
    assertTrue(out().matches("kubegen: up to date, nothing written, checked in \\d+ ms \\(gen\\)\\R"), out());
    assertEquals(0, run("generate --crd crontab-crd.yaml --package io.acme --out gen"), err());
    assertFalse(Files.exists(dir.resolve("gen/io/acme/apis/core/v1/ConfigMap.java")), "replaced as a whole");
  }

  @Test
  void refusesToClearAForeignDirectory() throws IOException {
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/Main.java"), "class Main {}");
    assertEquals(1, run("generate --crd crontab-crd.yaml --package io.acme --out src"));
    assertTrue(err().contains("refusing to replace the output directory"), err());
    assertTrue(err().contains("kubegen did not create it"), err());
    assertEquals("class Main {}", Files.readString(dir.resolve("src/Main.java")));
  }

  @Test
  void badCrdNamesFileAndPlace() {
    assertEquals(1, run("generate --crd bad-crd.yaml --package io.acme --out gen"));
    assertTrue(err().startsWith("[kubegen-read] 2 problems:"), err());
    assertTrue(err().contains("bad-crd.yaml: document 1, line 5, column 3: /metadata/name"), err());
    assertFalse(err().contains("\tat "), err());
    assertFalse(Files.exists(dir.resolve("gen")));
  }
}
