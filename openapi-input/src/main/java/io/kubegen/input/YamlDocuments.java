package io.kubegen.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Multi-document YAML, bounded: alias expansion, nesting depth and size are limited, so hostile
 * input fails with a clear problem instead of a StackOverflowError or OutOfMemoryError. Locations
 * are found again on demand (only when a problem is reported), by re-reading the document.
 */
final class YamlDocuments {
  static final int MAX_NESTING = 300;
  static final int MAX_ALIASES = 50;
  static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

  private static final YAMLMapper MAPPER = mapper();

  /** One document of a file: its position (from 1), the line it starts on, and its tree. */
  record Doc(int index, int line, JsonNode node) {}

  private final InputDocument input;

  YamlDocuments(InputDocument input) {
    this.input = input;
  }

  private static YAMLMapper mapper() {
    LoaderOptions loader = new LoaderOptions();
    loader.setMaxAliasesForCollections(MAX_ALIASES);
    loader.setNestingDepthLimit(MAX_NESTING);
    loader.setCodePointLimit(MAX_CODE_POINTS);
    loader.setAllowDuplicateKeys(false);
    YAMLFactory factory =
        YAMLFactory.builder()
            .loaderOptions(loader)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    return new YAMLMapper(factory);
  }

  /** The documents, or empty after reporting why the file cannot be parsed. */
  List<Doc> read(Problems problems) {
    List<Doc> docs = new ArrayList<>();
    int index = 0;
    try (JsonParser p = MAPPER.createParser(input.content())) {
      while (p.nextToken() != null) {
        index++;
        int line = p.currentTokenLocation().getLineNr();
        JsonNode node = MAPPER.readTree(p);
        docs.add(new Doc(index, line, node));
      }
    } catch (JsonProcessingException e) {
      problems.add(input.name(), Json.location(e), "invalid YAML: " + Json.message(e));
      return List.of();
    } catch (IOException | RuntimeException e) {
      // SnakeYAML reports its limits (aliases, nesting, size) as unchecked exceptions.
      problems.add(input.name(), "document " + (index + 1), "invalid YAML: " + firstLine(e.getMessage()));
      return List.of();
    }
    return docs;
  }

  /**
   * {@code document N, line L, column C: /pointer} for a JSON pointer into document {@code index};
   * the nearest enclosing node's line when the pointer itself is not in the text.
   */
  String locate(int index, int docLine, String pointer) {
    String where = "document " + index;
    try {
      JsonLocation loc = find(index, JsonPointer.compile(pointer));
      if (loc != null) {
        return where + ", line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": " + pointer;
      }
    } catch (IOException | RuntimeException e) {
      // fall back to the document's first line
    }
    return where + " (line " + docLine + "): " + pointer;
  }

  private JsonLocation find(int index, JsonPointer target) throws IOException {
    for (JsonPointer wanted = target; wanted != null; wanted = wanted.head()) {
      if (wanted.matches()) {
        return null;
      }
      try (JsonParser p = MAPPER.createParser(input.content())) {
        int doc = 0;
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          JsonStreamContext ctx = p.getParsingContext();
          boolean docStart =
              t.isStructStart() ? ctx.getParent() != null && ctx.getParent().inRoot() : ctx.inRoot();
          if (docStart) {
            doc++;
          }
          if (doc < index) {
            p.skipChildren();
            continue;
          }
          if (doc > index) {
            break;
          }
          JsonStreamContext at = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY ? ctx.getParent() : ctx;
          if (t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY && at != null
              && at.pathAsPointer().equals(wanted)) {
            return p.currentTokenLocation();
          }
        }
      }
    }
    return null;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "cannot be parsed";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
