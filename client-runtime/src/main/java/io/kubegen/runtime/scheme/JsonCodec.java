package io.kubegen.runtime.scheme;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * JSON reading and writing as the API server expects it: unknown fields ignored (newer servers add
 * fields), nulls left out, no wrapper types. Thread-safe. Errors are {@link JsonException}s with
 * Jackson's location but without its stack of internal frames in the message.
 */
public final class JsonCodec {
  private static final JsonCodec SHARED = new JsonCodec();
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final ObjectMapper mapper;

  public JsonCodec() {
    this.mapper = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .build();
  }

  /** One shared, immutable codec for the runtime's own use. */
  public static JsonCodec shared() {
    return SHARED;
  }

  /** A copy of the underlying mapper, for callers that need Jackson directly. */
  public ObjectMapper copyOfMapper() {
    return mapper.copy();
  }

  public byte[] write(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new JsonException("cannot write " + value.getClass().getName() + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  public String writeString(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new JsonException("cannot write " + value.getClass().getName() + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  public <T> T read(byte[] json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (IOException e) {
      throw readError(type.getName(), e);
    }
  }

  public <T> T read(String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (IOException e) {
      throw readError(type.getName(), e);
    }
  }

  public <T> T read(InputStream json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (IOException e) {
      throw readError(type.getName(), e);
    }
  }

  /** Reads a generic type such as {@code List<Foo>}. */
  public <T> T read(byte[] json, JavaType type) {
    try {
      return mapper.readValue(json, type);
    } catch (IOException e) {
      throw readError(type.toString(), e);
    }
  }

  /** Reads a JSON object as plain maps, lists and scalars. */
  public Map<String, Object> readMap(byte[] json) {
    try {
      return mapper.readValue(json, MAP);
    } catch (IOException e) {
      throw readError("a JSON object", e);
    }
  }

  /** Converts between representations, e.g. a map to a model class, without text in between. */
  public <T> T convert(Object value, Class<T> type) {
    try {
      return mapper.convertValue(value, type);
    } catch (IllegalArgumentException e) {
      throw new JsonException("cannot convert to " + type.getName() + ": " + e.getMessage(), e);
    }
  }

  public JavaType constructParametricType(Class<?> raw, Class<?>... parameters) {
    return mapper.getTypeFactory().constructParametricType(raw, parameters);
  }

  private static JsonException readError(String target, IOException e) {
    String detail = e instanceof JsonProcessingException jpe
        ? jpe.getOriginalMessage() + locationOf(jpe)
        : e.getMessage();
    return new JsonException("cannot read " + target + ": " + detail, e);
  }

  private static String locationOf(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
  }
}
