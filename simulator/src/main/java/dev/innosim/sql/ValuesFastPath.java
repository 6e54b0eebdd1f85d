package dev.innosim.sql;

import dev.innosim.schema.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the one shape mysqldump writes, {@code INSERT [IGNORE] INTO t [(cols)] VALUES (...),(...)}
 * with literal-only rows, without JSqlParser; anything else is left to the full parser. Stateless.
 *
 * <p>Not a second SQL parser: the statement's head (everything before the first row) goes through
 * {@link DmlParser} with one row of NULLs, cached by its text, so table, columns and modifiers are
 * read exactly as the full path reads them. Only the rows are read here, and only these literal
 * forms: integers and decimals (with an exponent too) with at most one sign, single- or
 * double-quoted strings with the lexer's escapes ({@link Lexer}), {@code NULL}, {@code TRUE},
 * {@code FALSE}. A row holding anything else (an expression, {@code DEFAULT}, a charset
 * introducer, {@code 0x..}, {@code DATE '...'}, adjacent strings) sends the whole statement to the
 * full path; {@code ValuesFastPathTest} checks that both paths give equal statements.
 */
final class ValuesFastPath {
  private ValuesFastPath() {}

  /** Heads already read by the full parser (statement text up to the first row, plus the row width). */
  private static final Map<String, Statement.Insert> HEADS = new ConcurrentHashMap<>();
  private static final int HEADS_LIMIT = 1_000;

  private static final Expr NULL = new Expr.Literal(Value.Null.INSTANCE);
  private static final Expr TRUE = new Expr.Literal(Value.Int.of(1));
  private static final Expr FALSE = new Expr.Literal(Value.Int.of(0));
  /** Literals of the integers 0..SMALL-1, shared (rows repeat small values a lot). */
  private static final int SMALL = 1024;
  private static final Expr[] SMALL_INTS = new Expr[SMALL];

  static {
    for (int i = 0; i < SMALL; i++) SMALL_INTS[i] = new Expr.Literal(Value.Int.of(i));
  }

  /**
   * The statement when {@code text} (comments blanked, no trailing {@code ;}) is a literal-only
   * VALUES insert, else empty.
   */
  static Optional<Statement> parse(String text) {
    int n = text.length();
    int i = skipWs(text, 0);
    int verb = word(text, i, "INSERT") ? 6 : word(text, i, "REPLACE") ? 7 : 0;
    if (verb == 0) return Optional.empty();
    int valuesAt = findValues(text, i + verb);
    if (valuesAt < 0) return Optional.empty();
    int rowsStart = skipWs(text, valuesAt);
    if (rowsStart >= n || text.charAt(rowsStart) != '(') return Optional.empty();
    List<List<Expr>> rows = new Reader(text).rows(rowsStart);
    if (rows == null) return Optional.empty();
    int width = rows.get(0).size();
    String headText = text.substring(0, rowsStart);
    Statement.Insert head = head(headText, width);
    if (head == null) return Optional.empty();
    if (!head.columns().isEmpty()) {
      for (List<Expr> row : rows) if (row.size() != head.columns().size()) return Optional.empty();
    }
    return Optional.of(new Statement.Insert(text, head.table(), head.columns(), rows, Optional.empty(),
        head.replace(), head.ignore(), List.of()));
  }

  /** The head read by the full parser with one row of {@code width} NULLs, or null when it is not a plain VALUES insert. */
  private static Statement.Insert head(String headText, int width) {
    String key = width + ":" + headText;
    Statement.Insert cached = HEADS.get(key);
    if (cached != null) return cached;
    StringBuilder probe = new StringBuilder(headText).append('(');
    for (int k = 0; k < width; k++) probe.append(k == 0 ? "NULL" : ",NULL");
    String sql = probe.append(')').toString();
    Statement st;
    try {
      st = DmlParser.parse(sql, Lexer.tokenize(sql));
    } catch (SqlException | dev.innosim.schema.SchemaException e) {
      return null;  // the full path reports it on the real statement
    }
    if (!(st instanceof Statement.Insert ins) || ins.source().isPresent() || !ins.onDuplicate().isEmpty()
        || ins.rows().size() != 1) {
      return null;
    }
    if (HEADS.size() >= HEADS_LIMIT) HEADS.clear();
    HEADS.put(key, ins);
    return ins;
  }

  /**
   * The offset after the word VALUES (or VALUE) that follows {@code INSERT ... INTO name [(...)]}
   * outside quotes, or -1 when the head holds a quote, a {@code ;} or no such word.
   */
  private static int findValues(String s, int from) {
    int n = s.length();
    int i = from;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\'' || c == '"' || c == ';') return -1;
      if (c == '`') {
        int e = s.indexOf('`', i + 1);
        if (e < 0) return -1;
        i = e + 1;
        continue;
      }
      if (Lexer.isWordChar(c)) {
        int start = i;
        while (i < n && Lexer.isWordChar(s.charAt(i))) i++;
        int len = i - start;
        if ((len == 6 && s.regionMatches(true, start, "VALUES", 0, 6)) || (len == 5 && s.regionMatches(true, start, "VALUE", 0, 5))) {
          return i;
        }
        continue;
      }
      i++;
    }
    return -1;
  }

  private static boolean word(String s, int at, String w) {
    int e = at + w.length();
    return s.regionMatches(true, at, w, 0, w.length()) && (e >= s.length() || !Lexer.isWordChar(s.charAt(e)));
  }

  static int skipWs(String s, int i) {
    int n = s.length();
    while (i < n && Character.isWhitespace(s.charAt(i))) i++;
    return i;
  }

  /** Reads rows of literals from a position; null on the first thing that is not one. */
  private static final class Reader {
    private final char[] s;
    private final int n;
    int pos;
    private final StringBuilder buf = new StringBuilder();
    private Expr[] cells = new Expr[16];

    Reader(String text) {
      this.s = text.toCharArray();
      this.n = s.length;
    }

    /** Short strings repeat (status words, codes): one literal per distinct text in a statement. */
    private final java.util.HashMap<String, Expr> shortStrings = new java.util.HashMap<>();

    private Expr string(String v) {
      if (v.length() > 16) return new Expr.Literal(new Value.Str(v));
      Expr e = shortStrings.get(v);
      if (e == null) {
        e = new Expr.Literal(new Value.Str(v));
        if (shortStrings.size() < 4096) shortStrings.put(v, e);
      }
      return e;
    }

    private int skipWs(int i) {
      while (i < n && Character.isWhitespace(s[i])) i++;
      return i;
    }

    /** True when the word at {@code start} (ending at {@link #pos}) is {@code w}, ignoring case. */
    private boolean is(int start, String w) {
      for (int k = 0; k < w.length(); k++) if (Character.toUpperCase(s[start + k]) != w.charAt(k)) return false;
      return true;
    }

    /** Rows separated by commas from {@code start} to the end of the text; null unless every row is literals only. */
    List<List<Expr>> rows(int start) {
      List<List<Expr>> out = new ArrayList<>();
      pos = start;
      while (true) {
        List<Expr> row = row();
        if (row == null) return null;
        out.add(row);
        pos = skipWs(pos);
        if (pos >= n) return out;
        if (s[pos] != ',') return null;
        pos = skipWs(pos + 1);
      }
    }

    /** {@code ( literal [, literal]* )} at {@link #pos}, which must be {@code (}. */
    List<Expr> row() {
      if (pos >= n || s[pos] != '(') return null;
      pos = skipWs(pos + 1);
      int k = 0;
      while (true) {
        Expr e = literal();
        if (e == null) return null;
        if (k == cells.length) cells = Arrays.copyOf(cells, k * 2);
        cells[k++] = e;
        pos = skipWs(pos);
        if (pos >= n) return null;
        char c = s[pos];
        pos++;
        if (c == ')') break;
        if (c != ',') return null;
        pos = skipWs(pos);
      }
      return List.of(Arrays.copyOf(cells, k));
    }

    private Expr literal() {
      if (pos >= n) return null;
      char c = s[pos];
      if (c == '\'' || c == '"') {
        String v = quoted(c);
        if (v == null) return null;
        // 'a' 'b' is one string on the server: leave adjacent strings to the full path
        int after = skipWs(pos);
        if (after < n && (s[after] == '\'' || s[after] == '"')) return null;
        return string(v);
      }
      if (c == '-' || c == '+') {
        if (c == '-' && pos + 1 < n && s[pos + 1] == '-') return null;
        pos = skipWs(pos + 1);
        Expr num = number();
        if (num == null) return null;
        if (c == '+') return num;
        Value v = ((Expr.Literal) num).value();
        if (v instanceof Value.Int iv) return new Expr.Literal(new Value.Int(iv.value().negate()));
        return new Expr.Literal(new Value.Dec(((Value.Dec) v).value().negate()));
      }
      if (Lexer.isDigit(c) || c == '.') return number();
      if (Lexer.isWordChar(c)) {
        int start = pos;
        while (pos < n && Lexer.isWordChar(s[pos])) pos++;
        int len = pos - start;
        if (len == 4 && is(start, "NULL")) return NULL;
        if (len == 4 && is(start, "TRUE")) return TRUE;
        if (len == 5 && is(start, "FALSE")) return FALSE;
      }
      return null;
    }

    /** A number as {@link Lexer} reads one; null when it runs into a word character (1abc, 0x1F). */
    private Expr number() {
      int start = pos;
      boolean plain = true;
      while (pos < n && Lexer.isDigit(s[pos])) pos++;
      if (pos < n && s[pos] == '.') {
        plain = false;
        pos++;
        while (pos < n && Lexer.isDigit(s[pos])) pos++;
      }
      if (pos < n && (s[pos] == 'e' || s[pos] == 'E')) {
        int j = pos + 1;
        if (j < n && (s[j] == '+' || s[j] == '-')) j++;
        if (j < n && Lexer.isDigit(s[j])) {
          plain = false;
          pos = j;
          while (pos < n && Lexer.isDigit(s[pos])) pos++;
        }
      }
      int len = pos - start;
      if (len == 0 || (len == 1 && s[start] == '.')) return null;
      if (pos < n && Lexer.isWordChar(s[pos])) return null;
      if (len > DmlParser.LONG_TOKEN) return null;  // the full path shortens these first
      if (plain) {
        if (len <= 3) {
          int v = 0;
          for (int k = start; k < pos; k++) v = v * 10 + (s[k] - '0');
          if (v < SMALL) return SMALL_INTS[v];
        }
        if (len <= 18) {
          long v = 0;
          for (int k = start; k < pos; k++) v = v * 10 + (s[k] - '0');
          return new Expr.Literal(Value.Int.of(v));
        }
        return new Expr.Literal(Literals.integer(new String(s, start, pos - start)));
      }
      return new Expr.Literal(Literals.decimal(new String(s, start, pos - start)));
    }

    /** A quoted string from {@link #pos} with the lexer's escapes; null when unterminated. */
    private String quoted(char quote) {
      int i = pos + 1;
      int runStart = i;
      buf.setLength(0);
      while (i < n) {
        char d = s[i];
        if (d == '\\' && i + 1 < n) {
          buf.append(s, runStart, i - runStart);
          char e = s[i + 1];
          if (e == '%' || e == '_') buf.append('\\');
          buf.append(Lexer.unescape(e));
          i += 2;
          runStart = i;
        } else if (d == quote) {
          if (i + 1 < n && s[i + 1] == quote) {
            buf.append(s, runStart, i - runStart).append(quote);
            i += 2;
            runStart = i;
          } else {
            String v;
            if (buf.length() == 0) {
              v = new String(s, runStart, i - runStart);
            } else {
              v = buf.append(s, runStart, i - runStart).toString();
            }
            pos = i + 1;
            return v;
          }
        } else {
          i++;
        }
      }
      return null;
    }
  }
}
