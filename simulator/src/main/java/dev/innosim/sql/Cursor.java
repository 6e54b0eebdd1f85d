package dev.innosim.sql;

import dev.innosim.sql.Lexer.Kind;
import dev.innosim.sql.Lexer.Token;
import java.util.List;

/** A position in a token list for the small hand-written parsers; single-threaded, mutable. */
final class Cursor {
  final String text;
  final List<Token> tokens;
  int pos;

  Cursor(String text, List<Token> tokens) {
    this.text = text;
    this.tokens = tokens;
  }

  boolean atEnd() {
    return pos >= tokens.size();
  }

  Token peek() {
    return pos < tokens.size() ? tokens.get(pos) : null;
  }

  Token peek(int ahead) {
    return pos + ahead < tokens.size() ? tokens.get(pos + ahead) : null;
  }

  Token next() {
    if (atEnd()) throw syntaxError();
    return tokens.get(pos++);
  }

  /** Consumes the words if they come next, in order. */
  boolean acceptWords(String... words) {
    for (int i = 0; i < words.length; i++) {
      Token t = peek(i);
      if (t == null || !t.isWord(words[i])) return false;
    }
    pos += words.length;
    return true;
  }

  boolean acceptSymbol(String s) {
    Token t = peek();
    if (t != null && t.isSymbol(s)) {
      pos++;
      return true;
    }
    return false;
  }

  void expectWords(String... words) {
    if (!acceptWords(words)) throw syntaxError();
  }

  void expectSymbol(String s) {
    if (!acceptSymbol(s)) throw syntaxError();
  }

  void expectEnd() {
    if (!atEnd()) throw syntaxError();
  }

  boolean peekKind(Kind k) {
    Token t = peek();
    return t != null && t.kind() == k;
  }

  /** The rest of the statement from the current token. */
  String rest() {
    return atEnd() ? "" : text.substring(peek().start()).strip();
  }

  SqlException syntaxError() {
    return SqlParser.syntaxErrorAt(text, atEnd() ? text.length() : peek().start());
  }
}
