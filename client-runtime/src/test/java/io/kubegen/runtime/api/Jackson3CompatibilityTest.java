package io.kubegen.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API types carry Jackson annotations only, which Jackson 3 ({@code tools.jackson}) reads as
 * well: a user on Jackson 3 can put them in their own models.
 */
class Jackson3CompatibilityTest {
  /** Jackson 3 defaults, but failing on unknown properties as Jackson 2 does, to prove the annotations work. */
  private final ObjectMapper mapper = JsonMapper.builder()
      .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  @Test
  void valueTypesReadAndWrite() {
    String json = "{\"port\":8080,\"target\":\"http\",\"surge\":\"25%\",\"cpu\":\"1.5\",\"memory\":\"1.5Gi\","
        + "\"count\":1e3,\"time\":\"2024-05-01T12:00:00+02:00\",\"micro\":\"2024-05-01T10:00:00.5Z\","
        + "\"selector\":{\"matchLabels\":{\"app\":\"web\"},\"unknown\":1}}";
    ApiJsonTest.Values values = mapper.readValue(json, ApiJsonTest.Values.class);
    assertEquals(IntOrString.of(8080), values.port);
    assertEquals(IntOrString.of("http"), values.target);
    assertEquals(Quantity.of("1500m"), values.cpu);
    assertEquals("1e3", values.count.toString());
    assertEquals(Time.parse("2024-05-01T10:00:00Z"), values.time);
    // Jackson 3 sorts properties alphabetically by default, so compare trees
    assertEquals(mapper.readTree("{\"port\":8080,\"target\":\"http\",\"surge\":\"25%\",\"cpu\":\"1500m\",\"memory\":\"1536Mi\","
            + "\"count\":\"1e3\",\"time\":\"2024-05-01T10:00:00Z\",\"micro\":\"2024-05-01T10:00:00.500000Z\","
            + "\"selector\":{\"matchLabels\":{\"app\":\"web\"}}}"),
        mapper.readTree(mapper.writeValueAsString(values)));
  }

  @Test
  void objectMetaRoundTrips() {
    ObjectMeta meta = mapper.readValue(ApiJsonTest.OBJECT_META, ObjectMeta.class);
    assertEquals(mapper.readTree(ApiJsonTest.OBJECT_META), mapper.readTree(mapper.writeValueAsString(meta)));
    ObjectMeta withUnknown = mapper.readValue("{\"name\":\"a\",\"future\":{\"x\":1}}", ObjectMeta.class);
    assertEquals("a", withUnknown.getName());
  }

  @Test
  void errorsStillNameTheText() {
    Exception e = assertThrows(Exception.class, () -> mapper.readValue("\"1.1.M\"", Quantity.class));
    assertEquals(true, e.getMessage().contains("1.1.M"), e.getMessage());
    assertEquals(List.of(IntOrString.of(1), IntOrString.of("1")),
        List.of(mapper.readValue("1", IntOrString.class), mapper.readValue("\"1\"", IntOrString.class)));
  }
}
