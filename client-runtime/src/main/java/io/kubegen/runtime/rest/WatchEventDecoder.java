package io.kubegen.runtime.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.kubegen.runtime.api.Status;
import io.kubegen.runtime.api.WatchEvent;
import io.kubegen.runtime.scheme.JsonCodec;
import io.kubegen.runtime.scheme.JsonException;

/**
 * Turns one watch event, {@code {"type": ..., "object": ...}}, into a typed {@link WatchEvent}.
 * Never throws for bad input: an event that cannot be decoded becomes an ERROR event whose Status
 * (500 InternalError) names the problem, as client-go's decoder reports it.
 */
final class WatchEventDecoder<T> {
  private static final int MAX_SNIPPET = 200;

  private final Class<T> type;
  private final JsonCodec codec;
  private final ObjectMapper mapper;

  WatchEventDecoder(Class<T> type, JsonCodec codec) {
    this.type = type;
    this.codec = codec;
    this.mapper = codec.copyOfMapper();
  }

  /** The mapper whose factory the streaming transport parses with. */
  ObjectMapper mapper() {
    return mapper;
  }

  /** Decodes one complete JSON document, as a WebSocket message carries it. */
  WatchEvent<T> decode(String json) {
    JsonNode node;
    try {
      node = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      return WatchEvent.error(internalError("malformed watch event JSON: " + e.getOriginalMessage()));
    }
    if (node == null || node.isMissingNode()) {
      return WatchEvent.error(internalError("empty watch event"));
    }
    return decode(node);
  }

  /** Decodes one parsed event. */
  WatchEvent<T> decode(JsonNode event) {
    if (!event.isObject()) {
      return WatchEvent.error(internalError("watch event is not a JSON object but " + event.getNodeType()));
    }
    JsonNode typeNode = event.get("type");
    if (typeNode == null || !typeNode.isTextual()) {
      return WatchEvent.error(internalError("watch event has no type"));
    }
    String typeName = typeNode.asText();
    WatchEvent.Type eventType;
    try {
      eventType = WatchEvent.Type.valueOf(typeName);
    } catch (IllegalArgumentException e) {
      return WatchEvent.error(internalError("unknown watch event type '" + snippet(typeName) + "'"));
    }
    JsonNode object = event.get("object");
    if (eventType == WatchEvent.Type.ERROR) {
      return WatchEvent.error(errorStatus(object));
    }
    if (object == null || !object.isObject()) {
      return WatchEvent.error(internalError("watch " + eventType + " event has no object"));
    }
    try {
      return WatchEvent.of(eventType, codec.convert(object, type));
    } catch (JsonException | IllegalArgumentException e) {
      return WatchEvent.error(internalError("cannot decode the object of a watch " + eventType + " event as "
          + type.getSimpleName() + ": " + describe(e)));
    }
  }

  private Status errorStatus(JsonNode object) {
    if (object == null || !object.isObject()) {
      return internalError("watch ERROR event has no Status object");
    }
    try {
      Status status = codec.convert(object, Status.class);
      if (status.getKind() == null && status.getCode() == null && status.getReason() == null
          && status.getMessage() == null) {
        return internalError("watch ERROR event carries no Status");
      }
      return status;
    } catch (JsonException | IllegalArgumentException e) {
      return internalError("cannot decode the Status of a watch ERROR event: " + describe(e));
    }
  }

  /** A Status for a failure on the client's side of the stream, as client-go synthesizes it. */
  static Status internalError(String message) {
    return new Status()
        .withKind("Status")
        .withApiVersion("v1")
        .withStatus("Failure")
        .withCode(500)
        .withReason(StatusReason.INTERNAL_ERROR.wireName())
        .withMessage(message);
  }

  /**
   * What went wrong and where, without the offending value: Jackson's own messages quote it, and
   * a watch of Secrets must not put their data into a Status that callers log.
   */
  static String describe(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof JsonMappingException mapping) {
        String what = mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
            ? "a JSON value of the wrong type for " + mismatch.getTargetType().getSimpleName()
            : mapping.getClass().getSimpleName();
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
          if (ref.getFieldName() != null) {
            path.append('.').append(ref.getFieldName());
          } else if (ref.getIndex() >= 0) {
            path.append('[').append(ref.getIndex()).append(']');
          }
        }
        return path.length() == 0 ? what : what + " at " + path.substring(path.charAt(0) == '.' ? 1 : 0);
      }
    }
    return failure.getClass().getSimpleName();
  }

  private static String snippet(String text) {
    return text.length() <= MAX_SNIPPET ? text : text.substring(0, MAX_SNIPPET) + "...";
  }
}
