package io.kubegen.runtime.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The lexer and recursive-descent parser of apimachinery's {@code labels.Parse}, token for token,
 * with positions kept for the error messages. Only the operators {@link LabelSelector} can hold
 * are accepted.
 */
final class LabelSelectorParser {

  private enum Tok {
    END, CLOSE_PAREN, COMMA, BANG, DOUBLE_EQUALS, EQUALS, GREATER_THAN, IDENTIFIER, IN, LESS_THAN,
    NOT_EQUALS, NOT_IN, OPEN_PAREN
  }

  private record Token(Tok tok, String literal, int position) {
    /** In value position the keywords {@code in} and {@code notin} are plain identifiers. */
    Tok asValue() {
      return tok == Tok.IN || tok == Tok.NOT_IN ? Tok.IDENTIFIER : tok;
    }
  }

  private enum Op { EXISTS, DOES_NOT_EXIST, EQUALS, NOT_EQUALS, IN, NOT_IN }

  private final String text;
  private final List<Token> tokens;
  private int index;

  private LabelSelectorParser(String text) {
    this.text = text;
    this.tokens = lex(text);
  }

  static LabelSelector parse(String text) {
    return new LabelSelectorParser(text).parseSelector();
  }

  // ---- lexer ----

  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  private static boolean isSpecial(char c) {
    return c == '=' || c == '!' || c == '(' || c == ')' || c == ',' || c == '>' || c == '<';
  }

  private static List<Token> lex(String s) {
    List<Token> out = new ArrayList<>();
    int pos = 0;
    int end = s.length();
    while (true) {
      while (pos < end && isWhitespace(s.charAt(pos))) {
        pos++;
      }
      if (pos >= end) {
        out.add(new Token(Tok.END, "", end));
        return out;
      }
      char c = s.charAt(pos);
      int start = pos;
      if (isSpecial(c)) {
        char next = pos + 1 < end ? s.charAt(pos + 1) : 0;
        if ((c == '=' || c == '!') && next == '=') {
          out.add(new Token(c == '=' ? Tok.DOUBLE_EQUALS : Tok.NOT_EQUALS, s.substring(pos, pos + 2), start));
          pos += 2;
        } else {
          out.add(new Token(single(c), String.valueOf(c), start));
          pos++;
        }
        continue;
      }
      while (pos < end && !isSpecial(s.charAt(pos)) && !isWhitespace(s.charAt(pos))) {
        pos++;
      }
      String word = s.substring(start, pos);
      Tok tok = word.equals("in") ? Tok.IN : word.equals("notin") ? Tok.NOT_IN : Tok.IDENTIFIER;
      out.add(new Token(tok, word, start));
    }
  }

  private static Tok single(char c) {
    switch (c) {
      case '=': return Tok.EQUALS;
      case '!': return Tok.BANG;
      case '(': return Tok.OPEN_PAREN;
      case ')': return Tok.CLOSE_PAREN;
      case ',': return Tok.COMMA;
      case '>': return Tok.GREATER_THAN;
      default: return Tok.LESS_THAN;
    }
  }

  // ---- parser ----

  private Token peek() {
    return tokens.get(index);
  }

  private Token next() {
    return tokens.get(index++);
  }

  private LabelSelector parseSelector() {
    LabelSelector selector = new LabelSelector();
    while (true) {
      Token t = peek();
      switch (t.asValue()) {
        case IDENTIFIER:
        case BANG:
          addRequirement(selector);
          Token after = next();
          if (after.tok == Tok.END) {
            return selector;
          }
          if (after.tok != Tok.COMMA) {
            throw expected("',' or end of string", after);
          }
          Token more = peek();
          if (more.asValue() != Tok.IDENTIFIER && more.tok != Tok.BANG) {
            throw expected("a label key or '!' after ','", more);
          }
          break;
        case END:
          return selector;
        default:
          throw expected("a label key, '!' or end of string", t);
      }
    }
  }

  private void addRequirement(LabelSelector selector) {
    Op op = null;
    Token keyToken = next();
    if (keyToken.tok == Tok.BANG) {
      op = Op.DOES_NOT_EXIST;
      keyToken = next();
    }
    if (keyToken.asValue() != Tok.IDENTIFIER) {
      throw expected("a label key", keyToken);
    }
    String key = keyToken.literal;
    List<String> keyProblems = Names.validateLabelKey(key);
    if (!keyProblems.isEmpty()) {
      throw error("invalid label key \"" + key + "\" at position " + keyToken.position + ": "
          + String.join("; ", keyProblems));
    }
    Tok following = peek().asValue();
    if (following == Tok.END || following == Tok.COMMA) {
      if (op == null) {
        op = Op.EXISTS;
      }
    }
    if (op == Op.EXISTS) {
      add(selector, key, op, List.of());
      return;
    }
    if (op == Op.DOES_NOT_EXIST) {
      add(selector, key, op, List.of());
      return;
    }
    Token opToken = next();
    switch (opToken.tok) {
      case IN: op = Op.IN; break;
      case NOT_IN: op = Op.NOT_IN; break;
      case EQUALS:
      case DOUBLE_EQUALS: op = Op.EQUALS; break;
      case NOT_EQUALS: op = Op.NOT_EQUALS; break;
      case GREATER_THAN:
      case LESS_THAN:
        throw error("operator '" + opToken.literal + "' at position " + opToken.position
            + " is not supported: a LabelSelector has no ordering operators (use =, ==, !=, in, notin, exists or !)");
      default:
        throw expected("an operator (=, ==, !=, in, notin)", opToken);
    }
    List<Token> values = op == Op.IN || op == Op.NOT_IN ? parseValues() : parseExactValue();
    TreeSet<String> sorted = new TreeSet<>();
    for (Token v : values) {
      List<String> problems = Names.validateLabelValue(v.literal);
      if (!problems.isEmpty()) {
        throw error("invalid value \"" + v.literal + "\" for label \"" + key + "\" at position " + v.position
            + ": " + String.join("; ", problems));
      }
      sorted.add(v.literal);
    }
    add(selector, key, op, new ArrayList<>(sorted));
  }

  /** {@code ( v1, v2, ... )}; like apimachinery, empty entries ({@code ()}, {@code (a,)}) are the empty value. */
  private List<Token> parseValues() {
    Token open = next();
    if (open.tok != Tok.OPEN_PAREN) {
      throw expected("'('", open);
    }
    Token first = peek();
    switch (first.asValue()) {
      case IDENTIFIER:
      case COMMA:
        return parseIdentifierList();
      case CLOSE_PAREN:
        next();
        return List.of(emptyValue(first.position));
      default:
        throw expected("a value, ',' or ')'", first);
    }
  }

  private List<Token> parseIdentifierList() {
    List<Token> values = new ArrayList<>();
    while (true) {
      Token t = next();
      switch (t.asValue()) {
        case IDENTIFIER: {
          values.add(t);
          Token after = peek();
          switch (after.asValue()) {
            case COMMA:
              continue;
            case CLOSE_PAREN:
              next();
              return values;
            case END:
              throw expected("')'", after);
            default:
              throw expected("',' or ')'", after);
          }
        }
        case COMMA: {
          if (values.isEmpty()) {
            values.add(emptyValue(t.position)); // "(,"
          }
          Token after = peek();
          if (after.asValue() == Tok.CLOSE_PAREN) {
            values.add(emptyValue(after.position)); // ",)"
            next();
            return values;
          }
          if (after.asValue() == Tok.COMMA) {
            values.add(emptyValue(after.position)); // ",,"
          }
          continue;
        }
        case END:
          throw expected("')'", t);
        default:
          throw expected("a value, ',' or ')'", t);
      }
    }
  }

  private List<Token> parseExactValue() {
    Token t = peek();
    if (t.tok == Tok.END || t.tok == Tok.COMMA) {
      return List.of(emptyValue(t.position));
    }
    next();
    if (t.asValue() == Tok.IDENTIFIER) {
      return List.of(t);
    }
    throw expected("a label value", t);
  }

  private static Token emptyValue(int position) {
    return new Token(Tok.IDENTIFIER, "", position);
  }

  private static void add(LabelSelector selector, String key, Op op, List<String> values) {
    switch (op) {
      case EXISTS:
        appendExpression(selector, LabelSelectorRequirement.exists(key));
        break;
      case DOES_NOT_EXIST:
        appendExpression(selector, LabelSelectorRequirement.doesNotExist(key));
        break;
      case EQUALS: {
        String value = values.get(0);
        Map<String, String> labels = selector.getMatchLabels();
        if (labels == null) {
          labels = new LinkedHashMap<>();
          selector.setMatchLabels(labels);
        }
        String existing = labels.get(key);
        if (existing == null || existing.equals(value)) {
          labels.put(key, value);
        } else {
          // a second, different k=v: keep both requirements (the selector then matches nothing)
          appendExpression(selector, LabelSelectorRequirement.in(key, value));
        }
        break;
      }
      case NOT_EQUALS:
        appendExpression(selector, LabelSelectorRequirement.notEquals(key, values.get(0)));
        break;
      case IN:
        appendExpression(selector, new LabelSelectorRequirement(key, LabelSelectorRequirement.IN, values));
        break;
      case NOT_IN:
        appendExpression(selector, new LabelSelectorRequirement(key, LabelSelectorRequirement.NOT_IN, values));
        break;
      default:
        throw new AssertionError(op);
    }
  }

  private static void appendExpression(LabelSelector selector, LabelSelectorRequirement r) {
    if (selector.getMatchExpressions() == null) {
      selector.setMatchExpressions(new ArrayList<>());
    }
    selector.getMatchExpressions().add(r);
  }

  private IllegalArgumentException expected(String what, Token found) {
    String msg = "expected " + what + " at position " + found.position;
    if (found.tok != Tok.END) {
      msg += ", found '" + found.literal + "'";
    }
    return error(msg);
  }

  private IllegalArgumentException error(String detail) {
    return new IllegalArgumentException("label selector \"" + text + "\": " + detail);
  }
}
