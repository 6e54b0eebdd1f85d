package dev.innosim.sql;

import dev.innosim.sql.Lexer.Kind;
import dev.innosim.sql.Lexer.Token;
import dev.innosim.sql.Statement.IndexHint;
import dev.innosim.sql.Statement.LockClause;
import dev.innosim.sql.Statement.WaitPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;

/**
 * SELECT / INSERT / REPLACE / UPDATE / DELETE: the token-level rewrite, JSqlParser, then
 * {@link Converter}. Stateless.
 *
 * <p>The rewrite takes out what JSqlParser 5.0 cannot read and records it: the trailing locking
 * clause ({@code FOR UPDATE [NOWAIT|SKIP LOCKED]}, {@code FOR SHARE ...}, {@code LOCK IN SHARE
 * MODE}), one index hint ({@code FORCE|USE|IGNORE INDEX|KEY (...)}), {@code REPLACE} (parsed as
 * INSERT), {@code <=>} (as {@code IS NOT DISTINCT FROM}) and double-quoted strings.
 */
final class DmlParser {
  private DmlParser() {}

  record Locking(LockClause lock, WaitPolicy waitPolicy) {
    static final Locking NONE = new Locking(LockClause.NONE, WaitPolicy.WAIT);
  }

  /** Most rows one INSERT may list: JSqlParser needs seconds per 10,000 rows, so a million would not finish. */
  static final int MAX_INSERT_ROWS = 100_000;

  /** The expression of {@code SET @name = ...}: {@code valueText} is read as {@code SELECT valueText}. */
  static Expr parseSetValue(String text, String valueText) {
    String select = "SELECT " + valueText;
    List<Token> tokens = Lexer.tokenize(select);
    for (Token t : tokens) {
      if (t.isWord("SELECT") && t.start() > 0) throw new SqlException("unsupported subquery in SET: " + SqlParser.oneLine(text));
    }
    Rewrite rw = new Rewrite(select);
    for (Token t : tokens) {
      if (t.kind() == Kind.STRING) {
        String canonical = canonicalString(t.value());
        if (!canonical.equals(t.text())) rw.replace(t.start(), t.end(), canonical);
      }
    }
    return new Converter(text).setValue(jsqlParse(select, rw));
  }

  static Statement parse(String text, List<Token> tokens) {
    Rewrite rw = new Rewrite(text);
    String verb = tokens.get(0).upper();
    if (verb.equals("INSERT") || verb.equals("REPLACE")) checkRowCount(tokens);
    boolean replace = verb.equals("REPLACE");
    if (replace) rw.replace(tokens.get(0).start(), tokens.get(0).end(), "INSERT ");
    Optional<IndexHint> hint = extractHint(text, tokens, rw);
    Locking locking = Locking.NONE;
    if (verb.equals("SELECT") || verb.equals("INSERT") || verb.equals("REPLACE")) {
      locking = extractLocking(text, tokens, rw);
    }
    for (int i = 0; i + 2 < tokens.size(); i++) {
      if (tokens.get(i).isWord("IN") && tokens.get(i + 1).isSymbol("(") && tokens.get(i + 2).isSymbol(")")) {
        throw SqlParser.syntaxErrorAt(text, tokens.get(i + 2).start());  // IN () is error 1064 on both servers
      }
    }
    Map<String, String> longStrings = new HashMap<>();
    boolean placeholdersFree = tokens.stream().noneMatch(t -> t.kind() == Kind.STRING && t.value().startsWith(LONG_STRING));
    for (Token t : tokens) {
      if (rw.covers(t.start())) continue;
      if (t.isSymbol("<=>")) {
        rw.replace(t.start(), t.end(), " IS NOT DISTINCT FROM ");
      } else if (t.kind() == Kind.STRING && t.value().length() > LONG_TOKEN && placeholdersFree) {
        String placeholder = LONG_STRING + longStrings.size();
        longStrings.put(placeholder, t.value());
        rw.replace(t.start(), t.end(), "'" + placeholder + "'");
      } else if (t.kind() == Kind.STRING) {
        String canonical = canonicalString(t.value());
        if (!canonical.equals(t.text())) rw.replace(t.start(), t.end(), canonical);
      } else if (t.kind() == Kind.NUMBER && t.text().length() > LONG_TOKEN) {
        rw.replace(t.start(), t.end(), Literals.shortNumber(t.text(), LONG_TOKEN));
      }
    }
    net.sf.jsqlparser.statement.Statement parsed = jsqlParse(text, rw);
    return new Converter(text, longStrings).convert(parsed, replace, hint, locking);
  }

  /**
   * Longest literal handed to JSqlParser as written: its character stream grows by 2,048
   * characters at a time while it reads one token, so a literal of millions of characters takes
   * quadratic time. Longer strings go in as placeholders, longer numbers as their value's short form.
   */
  static final int LONG_TOKEN = 1000;

  /** Prefix of the placeholders of long string literals. */
  static final String LONG_STRING = "innosim-long-string-literal-";

  /** Counts the row lists after VALUES at parenthesis depth 0 and refuses more than {@link #MAX_INSERT_ROWS}. */
  private static void checkRowCount(List<Token> tokens) {
    int depth = 0;
    int rows = 0;
    boolean values = false;
    for (Token t : tokens) {
      if (depth == 0 && (t.isWord("VALUES") || t.isWord("VALUE"))) values = true;
      if (t.isSymbol("(")) {
        if (depth == 0 && values) rows++;
        depth++;
      } else if (t.isSymbol(")")) {
        depth--;
      }
    }
    if (rows > MAX_INSERT_ROWS) {
      throw new SqlException("unsupported: an INSERT of " + rows + " rows (innosim reads at most "
          + MAX_INSERT_ROWS + " rows in one statement; split it into several INSERTs)");
    }
  }

  /**
   * A string literal JSqlParser reads back to the same value: single quotes, backslash escapes
   * only (it mishandles {@code ''} next to {@code \'} and does not know double-quoted strings).
   */
  static String canonicalString(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  /**
   * Deepest parenthesis nesting that JSqlParser's full ("complex") mode may try: its syntactic
   * lookahead re-parses every parenthesised expression for each alternative, so its time grows
   * about threefold per level (depth 8 takes seconds, 15 minutes). The simple mode reads the
   * MySQL innosim needs in linear time per level; the complex mode is only a second try.
   */
  static final int COMPLEX_PARSE_MAX_DEPTH = 4;

  static net.sf.jsqlparser.statement.Statement jsqlParse(String text, Rewrite rw) {
    String rewritten = rw.apply();
    try {
      return parser(rewritten, false).Statement();
    } catch (ParseException | RuntimeException | Error simpleFailed) {
      if (parenDepth(rewritten) > COMPLEX_PARSE_MAX_DEPTH) throw syntaxError(text, rw, rewritten, simpleFailed);
    }
    try {
      return parser(rewritten, true).Statement();
    } catch (ParseException | RuntimeException | Error e) {
      throw syntaxError(text, rw, rewritten, e);
    }
  }

  private static CCJSqlParser parser(String sql, boolean complex) {
    return CCJSqlParserUtil.newParser(sql).withBackslashEscapeCharacter(true).withAllowComplexParsing(complex);
  }

  /** The deepest nesting of parentheses outside quotes (the lexer has already checked the quotes). */
  static int parenDepth(String sql) {
    int depth = 0;
    int max = 0;
    for (Lexer.Token t : Lexer.tokenize(sql)) {
      if (t.isSymbol("(")) max = Math.max(max, ++depth);
      if (t.isSymbol(")")) depth--;
    }
    return max;
  }

  private static SqlException syntaxError(String text, Rewrite rw, String rewritten, Throwable failure) {
    if (!(failure instanceof ParseException e)) {  // JavaCC's TokenMgrError and friends
      return new SqlException("syntax error in " + Lexer.near(text, 0));
    }
    net.sf.jsqlparser.parser.Token t = e.currentToken == null ? null : e.currentToken.next;
    if (t == null || t.kind == 0 || t.image == null || t.image.isEmpty()) {
      return new SqlException("syntax error at end of statement", text.length() + 1);
    }
    int offset = offsetOf(rewritten, t.beginLine, t.beginColumn);
    return SqlParser.syntaxErrorAt(text, rw.originalOffset(offset));
  }

  private static int offsetOf(String s, int line, int column) {
    int offset = 0;
    for (int l = 1; l < line; l++) {
      int nl = s.indexOf('\n', offset);
      if (nl < 0) break;
      offset = nl + 1;
    }
    return Math.min(s.length(), offset + Math.max(0, column - 1));
  }

  /** Finds and removes {@code FORCE|USE|IGNORE INDEX|KEY [FOR JOIN] (names)}. */
  private static Optional<IndexHint> extractHint(String text, List<Token> tokens, Rewrite rw) {
    IndexHint found = null;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      Token n = tokens.get(i + 1);
      if (!(t.isWord("FORCE") || t.isWord("USE") || t.isWord("IGNORE")) || !(n.isWord("INDEX") || n.isWord("KEY"))) {
        continue;
      }
      if (found != null) throw new SqlException("unsupported: more than one index hint", t.start() + 1);
      Cursor c = new Cursor(text, tokens);
      c.pos = i + 2;
      if (c.acceptWords("FOR")) {
        if (!c.acceptWords("JOIN")) {
          int stop = text.indexOf('(', t.start());
          throw new SqlException("unsupported index hint: "
              + SqlParser.oneLine(text.substring(t.start(), stop < 0 ? text.length() : stop)), t.start() + 1);
        }
      }
      c.expectSymbol("(");
      List<String> names = new ArrayList<>();
      if (!c.acceptSymbol(")")) {
        do {
          Token name = c.next();
          if (!name.isIdentifier()) throw SqlParser.syntaxErrorAt(text, name.start());
          names.add(name.value());
        } while (c.acceptSymbol(","));
        c.expectSymbol(")");
      }
      IndexHint.Kind kind = IndexHint.Kind.valueOf(t.upper());
      found = new IndexHint(kind, names);
      int end = tokens.get(c.pos - 1).end();
      rw.remove(t.start(), end);
      i = c.pos - 1;
    }
    return Optional.ofNullable(found);
  }

  /** Finds and removes the trailing locking clause at parenthesis depth 0. */
  private static Locking extractLocking(String text, List<Token> tokens, Rewrite rw) {
    int depth = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (rw.covers(t.start())) continue;
      if (t.isSymbol("(")) depth++;
      if (t.isSymbol(")")) depth--;
      if (depth != 0) continue;
      Cursor c = new Cursor(text, tokens);
      c.pos = i;
      LockClause lock;
      if (c.acceptWords("FOR", "UPDATE")) {
        lock = LockClause.UPDATE;
      } else if (c.acceptWords("FOR", "SHARE")) {
        lock = LockClause.SHARE;
      } else if (c.acceptWords("LOCK", "IN", "SHARE", "MODE")) {
        lock = LockClause.SHARE;
      } else {
        continue;
      }
      WaitPolicy policy = WaitPolicy.WAIT;
      if (c.acceptWords("NOWAIT")) {
        policy = WaitPolicy.NOWAIT;
      } else if (c.acceptWords("SKIP", "LOCKED")) {
        policy = WaitPolicy.SKIP_LOCKED;
      } else if (c.peek() != null && (c.peek().isWord("WAIT") || c.peek().isWord("OF"))) {
        throw new SqlException("unsupported locking clause: " + text.substring(t.start()).strip(), t.start() + 1);
      }
      c.expectEnd();
      rw.remove(t.start(), text.length());
      return new Locking(lock, policy);
    }
    return Locking.NONE;
  }
}
