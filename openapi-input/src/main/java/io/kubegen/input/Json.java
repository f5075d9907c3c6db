package io.kubegen.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The JSON mapper the readers share: bounded nesting, duplicate keys refused. */
final class Json {
  /** Far beyond real documents (the Kubernetes spec nests about 15 levels). */
  static final int MAX_NESTING = 400;

  static final JsonMapper MAPPER =
      JsonMapper.builder(
              com.fasterxml.jackson.core.JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                  .build())
          .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .build();

  private Json() {}

  /** {@code line L, column C} of a parse error, or {@code ""}. */
  static String location(JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    if (loc == null || loc.getLineNr() < 0) {
      return "";
    }
    return "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
  }

  /** The parser's message without Jackson's own location suffix and source dump. */
  static String message(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    if (m == null) {
      return "cannot be parsed";
    }
    int cut = m.indexOf("\n at [Source");
    m = cut >= 0 ? m.substring(0, cut) : m;
    return m.strip();
  }
}
