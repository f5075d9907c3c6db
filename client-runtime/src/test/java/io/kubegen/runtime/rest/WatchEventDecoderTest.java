package io.kubegen.runtime.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.api.GenericKubernetesObject;
import io.kubegen.runtime.api.WatchEvent;
import io.kubegen.runtime.fixtures.ConfigMap;
import io.kubegen.runtime.scheme.JsonCodec;
import org.junit.jupiter.api.Test;

/** One watch event in, one typed event out; never an exception. */
class WatchEventDecoderTest {
  private final WatchEventDecoder<ConfigMap> decoder = new WatchEventDecoder<>(ConfigMap.class, JsonCodec.shared());

  @Test
  void decodesEachKnownTypeIntoTheModel() {
    for (String type : new String[] {"ADDED", "MODIFIED", "DELETED", "BOOKMARK"}) {
      WatchEvent<ConfigMap> event = decoder.decode(WatchTestSupport.event(type, "a", "7", "v"));
      assertEquals(WatchEvent.Type.valueOf(type), event.type());
      assertEquals("7", event.object().getMetadata().getResourceVersion());
      assertNull(event.status());
    }
  }

  @Test
  void unknownFieldsInTheEventAndObjectAreIgnored() {
    WatchEvent<ConfigMap> event = decoder.decode(
        "{\"type\":\"ADDED\",\"extra\":1,\"object\":{\"kind\":\"ConfigMap\",\"binaryData\":{},\"immutable\":true,"
            + "\"metadata\":{\"name\":\"a\"}}}");
    assertEquals(WatchEvent.Type.ADDED, event.type());
    assertEquals("a", event.object().getMetadata().getName());
  }

  @Test
  void anErrorEventKeepsTheServersStatus() {
    WatchEvent<ConfigMap> event = decoder.decode(WatchTestSupport.expired());
    assertEquals(WatchEvent.Type.ERROR, event.type());
    assertEquals(410, event.status().getCode());
    assertEquals("Expired", event.status().getReason());
    assertEquals("Failure", event.status().getStatus());
  }

  @Test
  void problemsBecomeInternalErrorsThatDoNotEchoTheObject() {
    String secret = "s3cr3t-value";
    String[] bad = {
      "not json",
      "[]",
      "{}",
      "{\"type\":7,\"object\":{}}",
      "{\"type\":\"added\",\"object\":{\"data\":{\"k\":\"" + secret + "\"}}}",
      "{\"type\":\"ADDED\",\"object\":null}",
      "{\"type\":\"ADDED\",\"object\":{\"data\":\"" + secret + "\"}}",
      "{\"type\":\"ERROR\"}",
      "{\"type\":\"ERROR\",\"object\":{}}",
      "{\"type\":\"ERROR\",\"object\":{\"code\":\"" + secret + "\"}}",
    };
    for (String json : bad) {
      WatchEvent<ConfigMap> event = decoder.decode(json);
      assertEquals(WatchEvent.Type.ERROR, event.type(), json);
      assertNull(event.object());
      assertEquals(500, event.status().getCode(), json);
      assertEquals("InternalError", event.status().getReason(), json);
      assertEquals("Status", event.status().getKind());
      assertTrue(event.status().getMessage() != null && !event.status().getMessage().isEmpty(), json);
      assertFalse(event.status().getMessage().contains(secret), event.status().getMessage());
      assertTrue(ApiErrors.fromWatchStatus("GET", java.net.URI.create("http://h/x"), event.status()).isInternalError());
    }
  }

  @Test
  void aWrongShapeNamesThePathButNotTheValue() {
    WatchEvent<ConfigMap> event = decoder.decode(
        "{\"type\":\"MODIFIED\",\"object\":{\"metadata\":{\"labels\":{\"a\":[\"hidden\"]}}}}");
    assertEquals(WatchEvent.Type.ERROR, event.type());
    String message = event.status().getMessage();
    assertTrue(message.contains("MODIFIED") && message.contains("ConfigMap") && message.contains("metadata.labels"),
        message);
    assertFalse(message.contains("hidden"), message);
  }

  @Test
  void decodesIntoGenericObjectsToo() {
    WatchEventDecoder<GenericKubernetesObject> generic =
        new WatchEventDecoder<>(GenericKubernetesObject.class, JsonCodec.shared());
    WatchEvent<GenericKubernetesObject> event = generic.decode(WatchTestSupport.event("ADDED", "a", "7", "v"));
    assertEquals(WatchEvent.Type.ADDED, event.type());
    assertEquals("a", event.object().getMetadata().getName());
  }
}
