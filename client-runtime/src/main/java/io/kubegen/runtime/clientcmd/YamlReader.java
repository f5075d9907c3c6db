package io.kubegen.runtime.clientcmd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the YAML that kubeconfig files are written in, without a YAML library (the runtime depends
 * on Jackson databind only). The result is a tree of {@code LinkedHashMap<String, Object>},
 * {@code ArrayList<Object>}, {@code String} and {@code null}: scalars stay text and the caller
 * decides what is a boolean.
 *
 * <p>Supported: one document (an optional leading {@code ---}), block mappings and sequences
 * (including sequences at the indentation of their parent key, as kubectl writes them), plain
 * scalars (also spanning lines), single- and double-quoted scalars with escapes and line folding,
 * literal ({@code |}) and folded ({@code >}) block scalars with chomping and indentation
 * indicators, flow collections ({@code {}}, {@code []}, {@code [a, "b"]}, {@code {k: v}}) and
 * comments. Refused with a clear error naming the line: tabs used for indentation, anchors,
 * aliases, tags, complex keys, directives, duplicate keys and multiple documents.
 *
 * <p>Error messages name the source, line and column, and describe the structure; they never
 * quote scalar values, which may be tokens.
 */
final class YamlReader {
  private final String source;
  private final String[] lines;
  private int row;
  private int col;

  private YamlReader(String source, String text) {
    this.source = source;
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    this.lines = text.split("\r\n|\n|\r", -1);
  }

  /** Parses one YAML document; an empty document gives {@code null}. */
  static Object parse(String text, String source) {
    return new YamlReader(source, text).document();
  }

  private Object document() {
    // Directives and the document start marker; nextContent() then moves to the first content.
    int r = 0;
    row = -1;
    while (r < lines.length) {
      String line = lines[r];
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        r++;
      } else if (line.startsWith("%")) {
        throw error(r, 0, "YAML directives ('%') are not supported");
      } else if (isMarker(line, "---")) {
        String rest = line.substring(3);
        if (rest.isBlank() || rest.strip().startsWith("#")) {
          row = r;
          col = line.length();
        } else {
          row = r;
          col = 3 + (rest.length() - rest.stripLeading().length());
        }
        break;
      } else {
        break;
      }
    }
    Object root = null;
    if (nextContent()) {
      root = node(-1, false);
    }
    if (nextContent()) {
      throw error(row, col, "unexpected content at indentation " + col
          + " (check the indentation of this line)");
    }
    // After the document: an end marker, then nothing but blank lines, comments or '---'.
    for (int after = Math.max(row, 0); after < lines.length; after++) {
      String t = lines[after].strip();
      if (t.isEmpty() || t.startsWith("#") || isMarker(lines[after], "...")
          || (isMarker(lines[after], "---") && lines[after].substring(3).isBlank())) {
        continue;
      }
      throw error(after, 0, "multiple YAML documents are not supported in a kubeconfig");
    }
    return root;
  }

  // ---- positioning ---------------------------------------------------------------------------

  private static boolean isMarker(String line, String marker) {
    return line.startsWith(marker)
        && (line.length() == 3 || line.charAt(3) == ' ' || line.charAt(3) == '\t');
  }

  /**
   * Moves to the next content: stays on the current line if it has any left (after a sequence
   * dash), otherwise goes to the first non-blank, non-comment line. Returns false at the end of
   * the document. On a new line, {@code col} is its indentation.
   */
  private boolean nextContent() {
    if (row >= 0 && row < lines.length) {
      String line = lines[row];
      if (col == 0 && (isMarker(line, "---") || isMarker(line, "..."))) {
        return false; // stopped at the end of the document
      }
      int c = skipSpaces(line, col);
      if (c < line.length() && line.charAt(c) != '#') {
        col = c;
        return true;
      }
    }
    for (row = row + 1; row < lines.length; row++) {
      String line = lines[row];
      if (isMarker(line, "---") || isMarker(line, "...")) {
        col = 0;
        return false;
      }
      int c = skipSpaces(line, 0);
      if (c >= line.length() || line.charAt(c) == '#') {
        continue;
      }
      for (int i = 0; i < c; i++) {
        if (line.charAt(i) == '\t') {
          throw error(row, i, "a tab character is used for indentation; use spaces");
        }
      }
      col = c;
      return true;
    }
    col = 0;
    return false;
  }

  private static int skipSpaces(String line, int from) {
    int c = from;
    while (c < line.length() && (line.charAt(c) == ' ' || line.charAt(c) == '\t')) {
      c++;
    }
    return c;
  }

  private char charAt(int r, int c) {
    String line = lines[r];
    return c < line.length() ? line.charAt(c) : '\n';
  }

  /** After a value: only spaces and a comment may follow on the line. */
  private void endOfLine() {
    String line = lines[row];
    int c = skipSpaces(line, col);
    if (c < line.length() && line.charAt(c) != '#') {
      throw error(row, c, "unexpected text after the value");
    }
    col = line.length();
  }

  // ---- block nodes ---------------------------------------------------------------------------

  /**
   * Parses the node at the current position. {@code parentIndent} is the indentation of the
   * collection holding it; {@code afterKey} is true for a value on the line of its key.
   */
  private Object node(int parentIndent, boolean afterKey) {
    String line = lines[row];
    char c = line.charAt(col);
    char next = charAt(row, col + 1);
    boolean spaceNext = next == ' ' || next == '\t' || next == '\n';
    switch (c) {
      case '-':
        if (spaceNext) {
          if (afterKey) {
            throw error(row, col, "a block sequence cannot start on the line of its key");
          }
          return sequence(col);
        }
        break;
      case '[':
      case '{':
        return flowValue();
      case '|':
      case '>':
        return blockScalar(parentIndent);
      case '"':
      case '\'':
        if (!afterKey && quotedKeyAhead()) {
          return mapping(col);
        }
        Object q = quoted();
        endOfLine();
        return q;
      case '&':
        throw error(row, col, "YAML anchors ('&') are not supported in a kubeconfig");
      case '*':
        throw error(row, col, "YAML aliases ('*') are not supported in a kubeconfig");
      case '!':
        throw error(row, col, "YAML tags ('!') are not supported in a kubeconfig");
      case '?':
        if (spaceNext) {
          throw error(row, col, "complex mapping keys ('? ') are not supported");
        }
        break;
      case '@':
      case '`':
        throw error(row, col, "'" + c + "' is reserved and cannot start a plain value");
      case ',':
      case ']':
      case '}':
        throw error(row, col, "unexpected '" + c + "' outside a flow collection");
      default:
        break;
    }
    if (keyIndicator(line, col) >= 0) {
      if (afterKey) {
        throw error(row, col, "mapping values are not allowed here"
            + " (a value contains ': '; quote it)");
      }
      return mapping(col);
    }
    return plain(parentIndent);
  }

  private Object sequence(int indent) {
    List<Object> list = new ArrayList<>();
    while (nextContent() && col == indent) {
      String line = lines[row];
      if (line.charAt(col) != '-' || !isBlankOrSpace(charAt(row, col + 1))) {
        break; // the next key of the mapping that holds this sequence at its own indentation
      }
      col++;
      int c = skipSpaces(line, col);
      if (c >= line.length() || line.charAt(c) == '#') {
        col = line.length();
        list.add(valueOnNextLines(indent, false));
      } else {
        col = c;
        list.add(node(indent, false));
      }
    }
    if (row < lines.length && col > indent && nextContentOnThisLine()) {
      throw error(row, col, "bad indentation of a sequence entry");
    }
    return list;
  }

  private Map<String, Object> mapping(int indent) {
    Map<String, Object> map = new LinkedHashMap<>();
    while (nextContent() && col == indent) {
      int keyRow = row;
      int keyCol = col;
      String line = lines[row];
      String key;
      char c = line.charAt(col);
      if (c == '-' && isBlankOrSpace(charAt(row, col + 1))) {
        throw error(row, col, "a sequence entry is not allowed here; expected 'key: value'");
      }
      if (c == '"' || c == '\'') {
        key = quotedSingleLine();
        col = skipSpaces(line, col);
        if (charAt(row, col) != ':') {
          throw error(row, col, "expected ':' after the quoted key");
        }
        col++;
      } else {
        if (c == '[' || c == '{' || c == '&' || c == '*' || c == '!' || c == '?' || c == '|'
            || c == '>') {
          throw error(row, col, "unsupported mapping key starting with '" + c + "'");
        }
        int colon = keyIndicator(line, col);
        if (colon < 0) {
          throw error(row, col, "expected 'key: value' (a ':' followed by a space)");
        }
        key = line.substring(col, colon).stripTrailing();
        col = colon + 1;
      }
      if (map.containsKey(key)) {
        throw error(keyRow, keyCol, "duplicate key '" + key + "'");
      }
      int v = skipSpaces(line, col);
      Object value;
      if (v >= line.length() || line.charAt(v) == '#') {
        col = line.length();
        value = valueOnNextLines(indent, true);
      } else {
        col = v;
        value = node(indent, true);
      }
      map.put(key, value);
    }
    if (row < lines.length && col > indent && nextContentOnThisLine()) {
      throw error(row, col, "bad indentation of a mapping entry");
    }
    return map;
  }

  private boolean nextContentOnThisLine() {
    String line = lines[row];
    return col < line.length() && line.charAt(col) != '#';
  }

  /**
   * The value of a key (or sequence entry) whose line ends after the ':' (or '-'): a more
   * indented node, a sequence at the key's own indentation (mapping values only), or null.
   */
  private Object valueOnNextLines(int indent, boolean mappingValue) {
    if (!nextContent()) {
      return null;
    }
    if (col > indent) {
      return node(indent, false);
    }
    if (mappingValue && col == indent && lines[row].charAt(col) == '-'
        && isBlankOrSpace(charAt(row, col + 1))) {
      return sequence(indent);
    }
    return null;
  }

  private static boolean isBlankOrSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n';
  }

  /** Index of the ':' that ends a plain key on this line (': ' or ':' at the end), or -1. */
  private static int keyIndicator(String line, int from) {
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '#' && i > from && (line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '\t')) {
        return -1;
      }
      if (c == ':' && (i + 1 == line.length() || line.charAt(i + 1) == ' '
          || line.charAt(i + 1) == '\t')) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a quoted scalar starts here and is followed by ':' on the same line. */
  private boolean quotedKeyAhead() {
    int saveRow = row;
    int saveCol = col;
    try {
      quotedSingleLine();
      int c = skipSpaces(lines[row], col);
      return charAt(row, c) == ':' && isBlankOrSpace(charAt(row, c + 1));
    } catch (ConfigException e) {
      return false;
    } finally {
      row = saveRow;
      col = saveCol;
    }
  }

  private String quotedSingleLine() {
    int startRow = row;
    String s = quoted();
    if (row != startRow) {
      throw error(startRow, 0, "a quoted mapping key must be on one line");
    }
    return s;
  }

  // ---- scalars -------------------------------------------------------------------------------

  /** A plain scalar, continued on more indented lines; folded with spaces. */
  private Object plain(int parentIndent) {
    String line = lines[row];
    int end = plainEnd(line, col);
    String first = line.substring(col, end).strip();
    if (first.endsWith(":")) {
      throw error(row, col, "expected 'key: value' (a ':' followed by a space)");
    }
    StringBuilder sb = new StringBuilder(first);
    col = line.length();
    boolean multiLine = false;
    while (true) {
      int r = row + 1;
      int blanks = 0;
      while (r < lines.length && lines[r].isBlank()) {
        blanks++;
        r++;
      }
      if (r >= lines.length || isMarker(lines[r], "---") || isMarker(lines[r], "...")) {
        break;
      }
      String next = lines[r];
      int indent = skipSpaces(next, 0);
      if (indent <= parentIndent || next.charAt(indent) == '#') {
        break;
      }
      int e = plainEnd(next, indent);
      String text = next.substring(indent, e).strip();
      if (keyIndicator(next, indent) >= 0 || text.endsWith(":")) {
        throw error(r, indent, "mapping values are not allowed here"
            + " (a continued plain value contains ': '; check the indentation or quote it)");
      }
      sb.append(blanks == 0 ? " " : "\n".repeat(blanks)).append(text);
      row = r;
      col = next.length();
      multiLine = true;
    }
    String value = sb.toString();
    return !multiLine && isNull(value) ? null : value;
  }

  /** Where a plain scalar on this line ends: at a ' #' comment or the end of the line. */
  private static int plainEnd(String line, int from) {
    for (int i = from + 1; i < line.length(); i++) {
      if (line.charAt(i) == '#' && (line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '\t')) {
        return i;
      }
    }
    return line.length();
  }

  private static boolean isNull(String plain) {
    return plain.isEmpty() || plain.equals("~") || plain.equals("null") || plain.equals("Null")
        || plain.equals("NULL");
  }

  /**
   * A single- or double-quoted scalar starting at the current position, possibly spanning lines
   * (line breaks fold to a space, empty lines to newlines). Leaves the position after the quote.
   */
  private String quoted() {
    int startRow = row;
    int startCol = col;
    char quote = lines[row].charAt(col);
    boolean dq = quote == '"';
    col++;
    StringBuilder sb = new StringBuilder();
    int lineStart = 0; // where this line's text starts in sb, to trim trailing spaces on folding
    boolean escapedBreak = false;
    while (true) {
      String line = lines[row];
      if (col >= line.length()) {
        // Fold the line break.
        if (!escapedBreak) {
          int len = sb.length();
          while (len > lineStart && (sb.charAt(len - 1) == ' ' || sb.charAt(len - 1) == '\t')) {
            len--;
          }
          sb.setLength(len);
        }
        int blanks = 0;
        row++;
        while (row < lines.length && lines[row].isBlank()) {
          blanks++;
          row++;
        }
        if (row >= lines.length) {
          throw error(startRow, startCol, "unterminated quoted value");
        }
        if (isMarker(lines[row], "---") || isMarker(lines[row], "...")) {
          throw error(startRow, startCol, "unterminated quoted value");
        }
        col = skipSpaces(lines[row], 0);
        if (blanks > 0) {
          sb.append("\n".repeat(blanks));
        } else if (!escapedBreak) {
          sb.append(' ');
        }
        escapedBreak = false;
        lineStart = sb.length();
        continue;
      }
      char c = line.charAt(col);
      if (c == quote) {
        if (!dq && charAt(row, col + 1) == '\'') {
          sb.append('\'');
          col += 2;
          continue;
        }
        col++;
        return sb.toString();
      }
      if (dq && c == '\\') {
        if (col + 1 >= line.length()) {
          escapedBreak = true;
          col++;
          continue;
        }
        col += 2;
        char e = line.charAt(col - 1);
        switch (e) {
          case '0' -> sb.append('\0');
          case 'a' -> sb.append('\u0007');
          case 'b' -> sb.append('\b');
          case 't', '\t' -> sb.append('\t');
          case 'n' -> sb.append('\n');
          case 'v' -> sb.append('\u000b');
          case 'f' -> sb.append('\f');
          case 'r' -> sb.append('\r');
          case 'e' -> sb.append('\u001b');
          case ' ' -> sb.append(' ');
          case '"' -> sb.append('"');
          case '/' -> sb.append('/');
          case '\\' -> sb.append('\\');
          case 'N' -> sb.append('\u0085');
          case '_' -> sb.append('\u00a0');
          case 'L' -> sb.append('\u2028');
          case 'P' -> sb.append('\u2029');
          case 'x' -> sb.appendCodePoint(hex(line, 2));
          case 'u' -> sb.appendCodePoint(hex(line, 4));
          case 'U' -> sb.appendCodePoint(hex(line, 8));
          default -> throw error(row, col - 2, "unknown escape sequence '\\" + e + "'");
        }
        continue;
      }
      sb.append(c);
      col++;
    }
  }

  private int hex(String line, int digits) {
    if (col + digits > line.length()) {
      throw error(row, col, "truncated escape sequence");
    }
    try {
      int cp = Integer.parseInt(line.substring(col, col + digits), 16);
      if (!Character.isValidCodePoint(cp)) {
        throw error(row, col, "invalid escaped code point");
      }
      col += digits;
      return cp;
    } catch (NumberFormatException e) {
      throw error(row, col, "invalid hexadecimal escape sequence");
    }
  }

  /** A literal '|' or folded '>' block scalar; the header is at the current position. */
  private String blockScalar(int parentIndent) {
    String header = lines[row];
    boolean folded = header.charAt(col) == '>';
    int headerRow = row;
    char chomp = ' ';
    int explicitIndent = 0;
    int c = col + 1;
    for (int i = 0; i < 2 && c < header.length(); i++, c++) {
      char h = header.charAt(c);
      if ((h == '-' || h == '+') && chomp == ' ') {
        chomp = h;
      } else if (h >= '1' && h <= '9' && explicitIndent == 0) {
        explicitIndent = h - '0';
      } else {
        break;
      }
    }
    col = c;
    endOfLine();
    int base = Math.max(parentIndent, 0);
    if (parentIndent < 0 && explicitIndent > 0) {
      base = 0;
    }
    int contentIndent = explicitIndent > 0 ? base + explicitIndent : -1;
    List<String> content = new ArrayList<>();
    int r = headerRow + 1;
    for (; r < lines.length; r++) {
      String line = lines[r];
      if (line.isBlank()) {
        content.add(line);
        continue;
      }
      int indent = skipSpaces(line, 0);
      if (contentIndent < 0) {
        if (indent <= parentIndent) {
          break;
        }
        for (int i = 0; i < indent; i++) {
          if (line.charAt(i) == '\t') {
            throw error(r, i, "a tab character is used for indentation; use spaces");
          }
        }
        contentIndent = indent;
      }
      int spaces = 0;
      while (spaces < line.length() && line.charAt(spaces) == ' ') {
        spaces++;
      }
      if (spaces < contentIndent) {
        break;
      }
      content.add(line);
    }
    row = r - 1;
    col = lines[row].length();
    // Strip the indentation; blank lines shorter than it become empty.
    List<String> text = new ArrayList<>(content.size());
    for (String line : content) {
      text.add(line.length() <= Math.max(contentIndent, 0) ? (line.isBlank() ? "" : line)
          : line.substring(Math.max(contentIndent, 0)));
    }
    int last = text.size();
    while (last > 0 && text.get(last - 1).isBlank()) {
      last--;
    }
    StringBuilder sb = new StringBuilder();
    if (folded) {
      fold(text.subList(0, last), sb);
    } else {
      for (int i = 0; i < last; i++) {
        sb.append(text.get(i));
        if (i < last - 1) {
          sb.append('\n');
        }
      }
    }
    if (chomp == '-' || last == 0) {
      if (chomp == '+' && last == 0) {
        sb.append("\n".repeat(text.size()));
      }
      return sb.toString();
    }
    sb.append('\n');
    if (chomp == '+') {
      sb.append("\n".repeat(text.size() - last));
    }
    return sb.toString();
  }

  /** YAML folding: line breaks between "normal" lines become spaces, empty lines newlines. */
  private static void fold(List<String> lines, StringBuilder sb) {
    boolean previousNormal = false;
    int pendingBreaks = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        pendingBreaks++;
        continue;
      }
      boolean normal = line.charAt(0) != ' ' && line.charAt(0) != '\t';
      if (i > 0) {
        if (previousNormal && normal) {
          sb.append(pendingBreaks == 0 ? " " : "\n".repeat(pendingBreaks));
        } else {
          sb.append("\n".repeat(pendingBreaks + 1));
        }
      } else {
        sb.append("\n".repeat(pendingBreaks));
      }
      pendingBreaks = 0;
      sb.append(line);
      previousNormal = normal;
    }
  }

  // ---- flow collections ----------------------------------------------------------------------

  private Object flowValue() {
    Object value = flowNode();
    endOfLine();
    return value;
  }

  private Object flowNode() {
    flowSpace();
    char c = charAt(row, col);
    switch (c) {
      case '[': {
        int startRow = row;
        int startCol = col;
        col++;
        List<Object> list = new ArrayList<>();
        while (true) {
          flowSpace(startRow, startCol);
          if (charAt(row, col) == ']') {
            col++;
            return list;
          }
          list.add(flowNode());
          flowSpace(startRow, startCol);
          char d = charAt(row, col);
          if (d == ',') {
            col++;
          } else if (d != ']') {
            throw error(row, col, "expected ',' or ']' in a flow sequence");
          }
        }
      }
      case '{': {
        int startRow = row;
        int startCol = col;
        col++;
        Map<String, Object> map = new LinkedHashMap<>();
        while (true) {
          flowSpace(startRow, startCol);
          if (charAt(row, col) == '}') {
            col++;
            return map;
          }
          int keyRow = row;
          int keyCol = col;
          Object key = flowScalar(true);
          if (key == null) {
            throw error(keyRow, keyCol, "a flow mapping key may not be empty");
          }
          flowSpace(startRow, startCol);
          Object value = null;
          if (charAt(row, col) == ':') {
            col++;
            flowSpace(startRow, startCol);
            char d = charAt(row, col);
            if (d != ',' && d != '}') {
              value = flowNode();
            }
          }
          if (map.containsKey((String) key)) {
            throw error(keyRow, keyCol, "duplicate key '" + key + "'");
          }
          map.put((String) key, value);
          flowSpace(startRow, startCol);
          char d = charAt(row, col);
          if (d == ',') {
            col++;
          } else if (d != '}') {
            throw error(row, col, "expected ',' or '}' in a flow mapping");
          }
        }
      }
      default:
        return flowScalar(false);
    }
  }

  private void flowSpace() {
    flowSpace(row, col);
  }

  /** Skips spaces, line breaks and comments inside a flow collection opened at (r, c). */
  private void flowSpace(int openRow, int openCol) {
    while (true) {
      if (row >= lines.length) {
        throw error(openRow, openCol, "unterminated flow collection");
      }
      String line = lines[row];
      col = skipSpaces(line, col);
      if (col >= line.length() || line.charAt(col) == '#') {
        row++;
        col = 0;
        if (row >= lines.length || isMarker(lines[row], "---") || isMarker(lines[row], "...")) {
          throw error(openRow, openCol, "unterminated flow collection");
        }
        continue;
      }
      return;
    }
  }

  private Object flowScalar(boolean key) {
    char c = charAt(row, col);
    if (c == '"' || c == '\'') {
      return quoted();
    }
    if (c == '&' || c == '*' || c == '!' || c == '|' || c == '>' || c == '@' || c == '`') {
      throw error(row, col, "'" + c + "' is not supported in a flow collection");
    }
    String line = lines[row];
    int start = col;
    int i = col;
    while (i < line.length()) {
      char d = line.charAt(i);
      if (d == ',' || d == '[' || d == ']' || d == '{' || d == '}') {
        break;
      }
      if (d == ':' && (i + 1 == line.length() || " \t,[]{}".indexOf(line.charAt(i + 1)) >= 0)) {
        break;
      }
      if (d == '#' && i > start && (line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '\t')) {
        break;
      }
      i++;
    }
    col = i;
    String text = line.substring(start, i).strip();
    if (text.isEmpty() && !key) {
      throw error(row, start, "expected a value in the flow collection");
    }
    return isNull(text) ? null : text;
  }

  private ConfigException error(int r, int c, String message) {
    return new ConfigException(source + ": line " + (r + 1) + ", column " + (c + 1) + ": "
        + message);
  }
}
