package dev.innosim.sql;

import dev.innosim.schema.IsolationLevel;
import dev.innosim.sql.Lexer.Kind;
import dev.innosim.sql.Lexer.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one SQL statement into a {@link Statement}; stateless and thread-safe.
 *
 * <p>Transaction control, SET and SLEEP are parsed here by hand; SELECT, INSERT, REPLACE, UPDATE,
 * DELETE and CREATE TABLE go through JSqlParser after a thin token-level rewrite that removes what
 * it cannot read (locking clauses, index hints, {@code <=>}, unnamed keys). Every construct the
 * simulator does not model is rejected with a {@link SqlException}, never ignored.
 */
public final class SqlParser {
  private SqlParser() {}

  /** Variables {@code SET [SESSION] name = value} may set. */
  static final Set<String> VARIABLES = Set.of(
      "innodb_lock_wait_timeout", "autocommit", "optimizer_switch", "foreign_key_checks", "unique_checks");

  private static final Set<String> BOOLEAN_VARIABLES = Set.of("autocommit", "foreign_key_checks", "unique_checks");

  /**
   * Parses one statement; a trailing semicolon is allowed.
   *
   * @throws SqlException for a syntax error or anything innosim does not support
   */
  /** MariaDB 10.11's default max_allowed_packet (MySQL 9.7's is 64 MiB): a longer statement is error 1153. */
  static final int MAX_STATEMENT_CHARS = 16 * 1024 * 1024;

  public static Statement parse(String source) {
    if (source.length() > MAX_STATEMENT_CHARS) {
      throw new SqlException("got a packet bigger than 'max_allowed_packet' bytes (error 1153): a statement of "
          + source.length() + " characters; MariaDB 10.11 reads at most " + MAX_STATEMENT_CHARS + " bytes by default");
    }
    String sql = Lexer.blankComments(source);
    Optional<Statement> fast = ValuesFastPath.parse(statementText(sql));
    if (fast.isPresent()) return fast.get();
    return parseTokens(sql);
  }

  /** The statement text without leading blanks and trailing blanks and semicolons, as the token path cuts it. */
  private static String statementText(String sql) {
    int start = ValuesFastPath.skipWs(sql, 0);
    int end = sql.length();
    while (end > start && (sql.charAt(end - 1) == ';' || Character.isWhitespace(sql.charAt(end - 1)))) end--;
    return sql.substring(start, end);
  }

  /** {@link #parse} without the fast path for literal VALUES rows (the comments already blanked). */
  static Statement parseTokens(String sql) {
    List<Token> tokens = Lexer.tokenize(sql);
    while (!tokens.isEmpty() && tokens.get(tokens.size() - 1).isSymbol(";")) {
      tokens = tokens.subList(0, tokens.size() - 1);
    }
    if (tokens.isEmpty()) throw new SqlException("empty statement");
    String text = sql.substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
    int base = tokens.get(0).start();
    tokens = tokens.stream()
        .map(t -> new Token(t.kind(), t.text(), t.value(), t.start() - base, t.end() - base))
        .toList();
    for (Token t : tokens) {
      if (t.isSymbol(";")) throw new SqlException("unsupported: more than one statement", t.start() + 1);
    }
    checkNesting(text, tokens);
    Token first = tokens.get(0);
    if (first.kind() != Kind.WORD) throw syntaxErrorAt(text, 0);
    Cursor c = new Cursor(text, tokens);
    switch (first.upper()) {
      case "BEGIN":
        c.next();
        c.acceptWords("WORK");
        if (!c.atEnd()) throw unsupportedStatement(text);
        return new Statement.Begin(text, false, false);
      case "START":
        return parseStart(c);
      case "COMMIT":
      case "ROLLBACK":
        c.next();
        c.acceptWords("WORK");
        if (!c.atEnd()) throw unsupportedStatement(text);
        return first.isWord("COMMIT") ? new Statement.Commit(text) : new Statement.Rollback(text);
      case "SET":
        return parseSet(c);
      case "RESUME":
        if (tokens.size() != 1) throw unsupportedStatement(text);
        return new Statement.Resume(text);
      case "DO":
        return parseSleep(c).orElseThrow(() -> unsupportedStatement(text));
      case "SELECT": {
        Optional<Statement> sleep = parseSleep(c);
        if (sleep.isPresent()) return sleep.get();
        return DmlParser.parse(text, tokens);
      }
      case "INSERT":
      case "REPLACE":
      case "UPDATE":
      case "DELETE":
        return DmlParser.parse(text, tokens);
      case "CREATE":
        if (tokens.size() > 1 && tokens.get(1).isWord("TABLE")) return CreateTableParser.parse(text, tokens);
        if (tokens.stream().limit(4).anyMatch(t -> t.isWord("TRIGGER"))) {
          throw new SqlException("unsupported: CREATE TRIGGER (the locks a trigger's reads take are not modelled): "
              + Texts.cut(oneLine(text)), 1);
        }
        throw unsupportedStatement(text);
      case "LOCK":
      case "UNLOCK":
        throw new SqlException("unsupported: " + first.upper() + " TABLES (a table lock of the server, not of InnoDB:"
            + " MySQL 9.7 lists no InnoDB lock for it and another session waits on the server's lock; not modelled): "
            + Texts.cut(oneLine(text)), 1);
      default:
        throw unsupportedStatement(text);
    }
  }

  /** Deepest nesting of parentheses innosim reads (JSqlParser's time grows with the depth). */
  static final int MAX_PAREN_DEPTH = 100;

  /** The depth at which both servers' parsers run out of stack (measured: 30,000 parses, 32,000 fails). */
  static final int SERVER_PAREN_DEPTH = 32_000;

  /** Rejects parentheses nested past {@link #MAX_PAREN_DEPTH} with what the server would say. */
  private static void checkNesting(String text, List<Token> tokens) {
    int depth = 0;
    int max = 0;
    int firstTooDeep = -1;
    for (Token t : tokens) {
      if (t.isSymbol("(")) {
        depth++;
        if (depth > max) max = depth;
        if (depth == MAX_PAREN_DEPTH + 1 && firstTooDeep < 0) firstTooDeep = t.start();
      } else if (t.isSymbol(")")) {
        depth--;
      }
    }
    if (max <= MAX_PAREN_DEPTH) return;
    int column = columnOf(text, firstTooDeep);
    if (max >= SERVER_PAREN_DEPTH) {
      throw new SqlException("parentheses nested " + max + " levels deep: the server's parser runs out of stack"
          + " (MariaDB: error 1064 memory exhausted; MySQL: error 3950 Out of memory)", column);
    }
    throw new SqlException("unsupported: parentheses nested " + max + " levels deep (innosim reads at most "
        + MAX_PAREN_DEPTH + "; the server reads up to about 30,000)", column);
  }

  private static Statement parseStart(Cursor c) {
    c.next();
    if (!c.acceptWords("TRANSACTION")) throw unsupportedStatement(c.text);
    boolean snapshot = false;
    boolean readOnly = false;
    boolean first = true;
    while (!c.atEnd()) {
      if (!first) c.expectSymbol(",");
      first = false;
      if (c.acceptWords("WITH", "CONSISTENT", "SNAPSHOT")) {
        snapshot = true;
      } else if (c.acceptWords("READ", "WRITE")) {
        readOnly = false;
      } else if (c.acceptWords("READ", "ONLY")) {
        readOnly = true;
      } else {
        throw c.syntaxError();
      }
    }
    return new Statement.Begin(c.text, snapshot, readOnly);
  }

  private static Statement parseSet(Cursor c) {
    c.next();
    String scope = null;
    if (c.acceptWords("GLOBAL")) {
      scope = "GLOBAL";
    } else if (c.acceptWords("SESSION") || c.acceptWords("LOCAL")) {
      scope = "SESSION";
    }
    if (c.acceptWords("TRANSACTION")) {
      if ("GLOBAL".equals(scope)) {
        throw new SqlException("unsupported: SET GLOBAL TRANSACTION (it affects only new connections)", 5);
      }
      if (!c.acceptWords("ISOLATION", "LEVEL")) throw new SqlException("unsupported statement: " + oneLine(c.text));
      Token at = c.peek();
      IsolationLevel level = parseLevelWords(c);
      if (level == null) {
        if (at == null) throw c.syntaxError();
        throw new SqlException("unknown isolation level: " + c.text.substring(at.start()).strip(), at.start() + 1);
      }
      if (!c.atEnd()) {
        if (c.peek().isSymbol(",")) throw new SqlException("unsupported: " + c.rest(), c.peek().start() + 1);
        throw c.syntaxError();
      }
      return new Statement.SetIsolation(c.text, level, scope == null);
    }
    // variable assignment
    Token t = c.peek();
    if (t == null) throw c.syntaxError();
    int nameStart = t.start();
    if (t.isSymbol("@@")) {
      if ("GLOBAL".equals(scope)) throw c.syntaxError();
      c.next();
      Token n = c.peek();
      Token dot = c.peek(1);
      if (n != null && dot != null && dot.isSymbol(".") && n.kind() == Kind.WORD) {
        if (n.isWord("global")) throw new SqlException("unsupported: SET GLOBAL " + c.rest().substring(n.text().length() + 1), nameStart + 1);
        if (!n.isWord("session") && !n.isWord("local")) throw c.syntaxError();
        c.next();
        c.next();
      }
      scope = "SESSION";
    } else if (t.isSymbol("@")) {
      if (scope != null) throw c.syntaxError();
      return parseUserVariable(c);
    }
    if ("GLOBAL".equals(scope)) throw new SqlException("unsupported: SET GLOBAL " + c.rest(), nameStart + 1);
    Token name = c.next();
    if (!name.isIdentifier()) throw SqlParser.syntaxErrorAt(c.text, name.start());
    if (name.isWord("NAMES") || name.isWord("CHARACTER") || name.isWord("CHARSET") || name.isWord("PASSWORD")) {
      throw unsupportedStatement(c.text);
    }
    String var = name.value().toLowerCase(Locale.ROOT);
    if (!c.acceptSymbol("=") && !c.acceptSymbol(":=")) throw c.syntaxError();
    Token valueStart = c.peek();
    String value = parseSetValue(c);
    if (!c.atEnd()) {
      if (c.peek().isSymbol(",")) throw new SqlException("unsupported: more than one variable in SET", c.peek().start() + 1);
      throw c.syntaxError();
    }
    if (var.equals("transaction_isolation") || var.equals("tx_isolation")) {
      IsolationLevel level = IsolationLevel.parse(value)
          .orElseThrow(() -> new SqlException("unknown isolation level: " + value, valueStart.start() + 1));
      return new Statement.SetIsolation(c.text, level, false, Optional.of(var));
    }
    if (!VARIABLES.contains(var)) throw new SqlException("unsupported variable: " + var, name.start() + 1);
    String normalized = value;
    if (BOOLEAN_VARIABLES.contains(var)) {
      switch (value.toUpperCase(Locale.ROOT)) {
        case "1": case "ON": case "TRUE": normalized = "1"; break;
        case "0": case "OFF": case "FALSE": normalized = "0"; break;
        default:
          throw new SqlException("invalid value for " + var + ": " + value, valueStart.start() + 1);
      }
    } else if (var.equals("innodb_lock_wait_timeout")) {
      if (!value.matches("\\d+")) {
        throw new SqlException("invalid value for " + var + ": " + value, valueStart.start() + 1);
      }
    }
    return new Statement.SetVariable(c.text, var, normalized);
  }

  /** {@code SET @name = expression}: one variable; the expression may use other user variables. */
  private static Statement parseUserVariable(Cursor c) {
    c.next();
    Token name = c.next();
    if (name == null || !(name.kind() == Kind.WORD || name.kind() == Kind.QUOTED_IDENT || name.kind() == Kind.STRING)) {
      throw c.syntaxError();
    }
    if (!c.acceptSymbol("=") && !c.acceptSymbol(":=")) throw c.syntaxError();
    Token valueStart = c.peek();
    if (valueStart == null) throw c.syntaxError();
    int depth = 0;
    for (Token t : c.tokens.subList(c.tokens.indexOf(valueStart), c.tokens.size())) {
      if (t.isSymbol("(")) depth++;
      if (t.isSymbol(")")) depth--;
      if (t.isSymbol(",") && depth == 0) {
        throw new SqlException("unsupported: more than one variable in SET", t.start() + 1);
      }
    }
    String valueText = c.text.substring(valueStart.start());
    Expr value = DmlParser.parseSetValue(c.text, valueText);
    return new Statement.SetUserVariable(c.text, name.value().toLowerCase(Locale.ROOT), value);
  }

  private static String variableText(Cursor c) {
    return c.rest().split("\\s*(:?=)", 2)[0];
  }

  private static String parseSetValue(Cursor c) {
    Token t = c.next();
    if (t.isSymbol("-") && c.peekKind(Kind.NUMBER)) return "-" + c.next().text();
    if (t.kind() == Kind.NUMBER || t.kind() == Kind.STRING || t.kind() == Kind.WORD) return t.value();
    throw SqlParser.syntaxErrorAt(c.text, t.start());
  }

  /** READ UNCOMMITTED | READ COMMITTED | REPEATABLE READ | SERIALIZABLE; null (nothing consumed) for anything else. */
  private static IsolationLevel parseLevelWords(Cursor c) {
    if (c.acceptWords("READ", "UNCOMMITTED")) return IsolationLevel.READ_UNCOMMITTED;
    if (c.acceptWords("READ", "COMMITTED")) return IsolationLevel.READ_COMMITTED;
    if (c.acceptWords("REPEATABLE", "READ")) return IsolationLevel.REPEATABLE_READ;
    if (c.acceptWords("SERIALIZABLE")) return IsolationLevel.SERIALIZABLE;
    return null;
  }

  /** {@code DO SLEEP(n)} / {@code SELECT SLEEP(n)}; empty if the statement is something else. */
  private static Optional<Statement> parseSleep(Cursor c) {
    List<Token> t = c.tokens;
    if (t.size() != 5 || !t.get(1).isWord("SLEEP") || !t.get(2).isSymbol("(") || !t.get(4).isSymbol(")")) {
      return Optional.empty();
    }
    Token arg = t.get(3);
    if (arg.kind() == Kind.WORD || arg.kind() == Kind.QUOTED_IDENT) {
      // the server reads SLEEP(x) as a column reference: DO SLEEP(١) is error 1054 (Arabic-Indic digits are letters)
      throw new SqlException("unknown column '" + arg.value() + "' in 'field list' (error 1054)", arg.start() + 1);
    }
    if (arg.kind() != Kind.NUMBER) return Optional.empty();
    double seconds = Double.parseDouble(arg.text());  // the lexer's NUMBER is ASCII digits, '.' and an exponent
    if (Double.isInfinite(seconds)) {
      throw new SqlException("illegal double '" + Texts.cut(arg.text()) + "' value found during parsing (error 1367)", arg.start() + 1);
    }
    return Optional.of(new Statement.Sleep(c.text, seconds));
  }

  static SqlException unsupportedStatement(String text) {
    return new SqlException("unsupported statement: " + oneLine(text), 1);
  }

  /** {@code syntax error near '...'} for the text from an offset, with its column. */
  static SqlException syntaxErrorAt(String text, int offset) {
    if (offset >= text.length()) return new SqlException("syntax error at end of statement", text.length() + 1);
    return new SqlException("syntax error near " + Lexer.near(text, offset), columnOf(text, offset));
  }

  /** 1-based column of an offset within its line. */
  static int columnOf(String text, int offset) {
    int nl = text.lastIndexOf('\n', Math.max(0, offset - 1));
    return offset - nl;
  }

  static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
