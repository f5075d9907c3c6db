package io.kubegen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CRD YAML, written by hand, reads back with a real YAML parser as the values it meant. */
class CrdYamlParsesTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void goldenCrdReadsBack() throws Exception {
    Path dir = Path.of(System.getProperty("kubegen.golden.dir", "src/test/resources/golden"));
    JsonNode crd = YAML.readTree(Files.readString(dir.resolve("crontabs.stable.example.com.yaml")));
    assertEquals("crontabs.stable.example.com", crd.at("/metadata/name").asText());
    JsonNode v1 = crd.at("/spec/versions/0");
    assertEquals(true, v1.at("/storage").booleanValue());
    JsonNode schema = v1.at("/schema/openAPIV3Schema");
    assertEquals("A CronTab runs an image on a schedule.\n\nDescriptions are YAML-hostile:"
        + " \"quotes\", a colon: here, # not a comment, a backslash \\ and <b>code</b>.",
        schema.at("/description").asText());
    assertEquals("The schedule, in cron format: \"* * * * *\".",
        schema.at("/properties/spec/properties/cronSpec/description").asText());
    assertEquals(SchemaBuilder.QUANTITY_PATTERN,
        schema.at("/properties/spec/properties/memory/pattern").asText());
    assertEquals(true, v1.at("/subresources/status").isObject());
    assertEquals(".status.selector", v1.at("/subresources/scale/labelSelectorPath").asText());
  }

  @Test
  void hostileStringsReadBack() throws Exception {
    List<String> hostile = List.of("", "true", "- x", "a: b", "#", "'", "\"", "\\", "\n\t\r",
        "\u0000\u0007\u001b\u007f\u0085\u2028\u2029\ufeff", "{}", "[a]", "&anchor", "*alias",
        "!tag", "%", "@", "`", "|", ">", "? q", "0x1F", "1e3", "~", ".nan", "é ü 中文 \ud83d\ude00");
    Map<String, Object> doc = new LinkedHashMap<>();
    for (int i = 0; i < hostile.size(); i++) {
      doc.put(hostile.get(i).isEmpty() ? "empty" : hostile.get(i), List.of(hostile.get(i)));
    }
    JsonNode read = YAML.readTree(Yaml.write(doc));
    for (String s : hostile) {
      assertEquals(s, read.get(s.isEmpty() ? "empty" : s).get(0).asText(), "value " + s);
    }
  }
}
