package io.kubegen.runtime.testing;

import io.kubegen.runtime.scheme.JsonCodec;

/** Test helper: converts through JSON. */
final class JsonCodecs {
  private JsonCodecs() {}

  static <T> T convert(Object value, Class<T> type) {
    return JsonCodec.shared().read(JsonCodec.shared().write(value), type);
  }
}
