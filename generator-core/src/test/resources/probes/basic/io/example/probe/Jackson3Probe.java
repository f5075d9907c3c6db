package io.example.probe;

import io.example.apis.example.v1.Oddity;
import io.example.apis.example.v1.Widget;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The same round trips as ModelProbe with a default Jackson 3 mapper, which sorts properties
 * alphabetically by default: the models' {@code @JsonPropertyOrder} must still win, and their
 * annotations alone must keep or ignore unknown fields.
 */
public final class Jackson3Probe implements Runnable {
  private final JsonMapper mapper = JsonMapper.builder().build();

  @Override
  public void run() {
    Widget w = mapper.readValue(ModelProbe.WIDGET, Widget.class);
    String out = mapper.writeValueAsString(w);
    ObjectNode expected = (ObjectNode) mapper.readTree(ModelProbe.WIDGET);
    expected.remove("unknownTop");
    ((ObjectNode) expected.get("spec")).remove("bogus");
    check(mapper.readTree(out).equals(expected), "widget round trip: " + out);
    check(out.startsWith("{\"apiVersion\":\"example.com/v1\",\"kind\":\"Widget\",\"metadata\":"), "schema order: " + out);
    check(out.contains("\"spec\":{\"replicas\":3,\"size\""), "nested schema order: " + out);
    Oddity o = mapper.readValue(ModelProbe.ODDITY, Oddity.class);
    JsonNode back = mapper.readTree(mapper.writeValueAsString(o));
    check(back.equals(mapper.readTree(ModelProbe.ODDITY)), "oddity round trip: " + back);
    check(!o.getOdd().isKnown(), "unknown enum value");
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError(what);
    }
  }
}
