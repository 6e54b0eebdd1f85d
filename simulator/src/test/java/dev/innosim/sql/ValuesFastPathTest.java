package dev.innosim.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The fast path for literal VALUES rows and JSqlParser agree: on every literal form (a table of
 * them, then generated rows), the statement read by the fast path equals the one the full path
 * reads; forms the fast path does not take go to the full path and give its result.
 */
class ValuesFastPathTest {

  /** A parse's result: the statement (compared with equals, values and their scales included) or the error. */
  record Result(Statement statement, String error) {}

  /** The statement through the full path only (tokens, rewrite, JSqlParser, Converter), or its error. */
  private static Result slow(String sql) {
    try {
      return new Result(SqlParser.parseTokens(Lexer.blankComments(sql)), null);
    } catch (SqlException e) {
      return new Result(null, e.getMessage());
    }
  }

  /** The statement as {@link SqlParser#parse} reads it (fast path first), or its error. */
  private static Result parsed(String sql) {
    try {
      return new Result(SqlParser.parse(sql), null);
    } catch (SqlException e) {
      return new Result(null, e.getMessage());
    }
  }

  private static boolean fast(String sql) {
    String text = Lexer.blankComments(sql).strip();
    while (text.endsWith(";")) text = text.substring(0, text.length() - 1).strip();
    return ValuesFastPath.parse(text).isPresent();
  }

  /** Literal forms the fast path reads itself. */
  static final List<String> LITERALS = List.of(
      "0", "1", "-1", "+1", "- 7", "+ 7", "007", "-007", "1023", "1024", "999999999999999999", "-999999999999999999",
      "9223372036854775807", "9223372036854775808", "-9223372036854775809", "18446744073709551615",
      "12345678901234567890123456789012345678901234567890123456789012345678901234567890",
      "1.5", "-1.50", "0.0", "-0.0", ".5", "-.5", "1.", "00.50", "123456789.123456789", "1234567890123456789.5",
      "0.123456789012345678901234567890123456789012", "1e5", "1E5", "1.5e-3", "-2e+2", "2.e3", ".5e1", "1e308",
      "'abc'", "''", "'O\\'Brien'", "'a''b'", "'back\\\\slash'", "'\\n\\r\\t\\0\\Z\\b'", "'\\%\\_'", "'\\x\\y'",
      "'caf\u00e9 \u4e2d\u6587 \ud83d\ude00'", "'tab\tinside'", "'line\nbreak'", "'semi;colon'", "'(paren),'",
      "'--not a comment'", "'# not either'", "'/* nor this */'", "'\\''", "''''", "'\\\\'", "'\\\"'",
      "\"double\"", "\"it's\"", "\"say \"\"hi\"\"\"", "\"\\\"esc\\\"\"",
      "'2024-01-31 23:59:59'", "'2024-02-30'", "'" + "x".repeat(1500) + "'",
      "NULL", "null", "Null", "TRUE", "true", "FALSE", "False");

  /** Forms the fast path leaves to JSqlParser (which reads or rejects them). */
  static final List<String> OTHERS = List.of(
      "1+1", "-(1)", "--1", "- -1", "-'1'", "DEFAULT", "0x41", "X'41'", "x'4142'", "b'0101'", "0b11", "_binary 'a'",
      "_utf8mb4'a'", "N'a'", "DATE '2024-01-01'", "TIMESTAMP '2024-01-01 00:00:00'", "'a' 'b'", "NOW()", "1abc",
      "@x", "?", "1" + "0".repeat(1200), "(1)", "'unterminated");

  private static List<String> statementsWith(String lit) {
    return List.of(
        "INSERT INTO t (a) VALUES (" + lit + ")",
        "INSERT INTO `t` VALUES (" + lit + ",1),(2, " + lit + " ) ;",
        "insert into t(a,b) value\n(" + lit + ",\t" + lit + ")",
        "INSERT IGNORE INTO t VALUES (" + lit + ")",
        "REPLACE INTO t (`a`) VALUES (" + lit + "), (" + lit + ")",
        "INSERT INTO t VALUES /* c */ (" + lit + ") -- trailing\n");
  }

  @Test
  void parse_everyLiteralForm_fastPathAgreesWithJSqlParser() {
    for (String lit : LITERALS) {
      for (String sql : statementsWith(lit)) {
        assertTrue(fast(sql), "fast path should read: " + sql);
        assertEquals(slow(sql), parsed(sql), sql);
      }
    }
  }

  @Test
  void parse_formsThatAreNotLiterals_goToJSqlParser() {
    for (String lit : OTHERS) {
      for (String sql : statementsWith(lit)) {
        assertTrue(!fast(sql), "fast path should leave: " + sql);
        assertEquals(slow(sql), parsed(sql), sql);
      }
    }
  }

  @Test
  void parse_headsThatAreNotPlainValues_goToJSqlParser() {
    for (String sql : List.of(
        "INSERT INTO t VALUES (1) ON DUPLICATE KEY UPDATE a = 2",
        "INSERT INTO t (a, a) VALUES (1, 2)",
        "INSERT INTO t (a, b) VALUES (1)",
        "INSERT INTO t (a) VALUES (1), (2, 3)",
        "INSERT INTO db.t VALUES (1)",
        "INSERT t VALUES (1)",
        "INSERT INTO t SELECT 1",
        "INSERT INTO t (`values`) VALUES (1)",
        "INSERT INTO t VALUES (1); INSERT INTO t VALUES (2)",
        "INSERT INTO t VALUES (1),",
        "INSERT INTO t VALUES",
        "INSERT INTO t VALUES ()",
        "INSERT INTO t VALUES (1) FOR UPDATE",
        "INSERT LOW_PRIORITY INTO t VALUES (1)",
        "INSERT INTO t PARTITION (p0) VALUES (1)",
        "INSERT INTO t SET a = 1")) {
      assertEquals(slow(sql), parsed(sql), sql);
    }
  }

  @Test
  void parse_literalRows_keepTheStatementText() {
    Statement st = SqlParser.parse("  INSERT INTO t VALUES (1, 'a') ;; ");
    assertEquals("INSERT INTO t VALUES (1, 'a')", st.text());
    assertTrue(st instanceof Statement.Insert ins && ins.rows().size() == 1 && ins.table().equals("t"));
  }

  // ------------------------------------------------------------------ generated rows

  @Provide
  Arbitrary<String> literal() {
    Arbitrary<String> ints = Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
        .map(BigInteger::toString);
    Arbitrary<String> longs = Arbitraries.longs().map(l -> Long.toString(l));
    Arbitrary<String> decimals = Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(0, 12))
        .as((u, sc) -> BigDecimal.valueOf(u, sc).toPlainString());
    Arbitrary<String> doubles = Arbitraries.doubles().between(-1e30, 1e30).map(d -> Double.toString(d));
    Arbitrary<String> strings = Combinators.combine(
            Arbitraries.strings().withChars("ab'\"\\\n\t\0%_;#-/*() \u00e9\u4e2d\u001a").ofMaxLength(20),
            Arbitraries.integers().between(0, 2))
        .as(ValuesFastPathTest::quote);
    Arbitrary<String> words = Arbitraries.of("NULL", "null", "TRUE", "false", "nUlL");
    Arbitrary<String> signs = Combinators.combine(Arbitraries.of("-", "+", "- ", "+ "), Arbitraries.oneOf(longs, decimals))
        .as((s, n) -> n.startsWith("-") ? n : s + n);
    return Arbitraries.oneOf(ints, longs, decimals, doubles, strings, words, signs);
  }

  /** A string literal written one of three ways: mysqldump's backslash escapes, doubled quotes, double quotes. */
  static String quote(String v, int style) {
    StringBuilder b = new StringBuilder();
    char q = style == 2 ? '"' : '\'';
    b.append(q);
    for (char c : v.toCharArray()) {
      if (c == '\\') b.append("\\\\");
      else if (c == q) b.append(style == 1 ? "" + q + q : "\\" + q);
      else if (c == '\0' && style == 0) b.append("\\0");
      else if (c == '\n' && style == 0) b.append("\\n");
      else if (c == '\u001a' && style == 0) b.append("\\Z");
      else b.append(c);
    }
    return b.append(q).toString();
  }

  @Provide
  Arbitrary<String> insert() {
    Arbitrary<List<List<String>>> rows = literal().list().ofMinSize(1).ofMaxSize(4)
        .list().ofMinSize(1).ofMaxSize(5);
    Arbitrary<String> head = Arbitraries.of("INSERT INTO t VALUES", "INSERT INTO `t` VALUES", "insert into T value",
        "INSERT IGNORE INTO t VALUES", "REPLACE INTO t VALUES", "INSERT INTO t(a,b,c,d) VALUES", "INSERT INTO t (a) VALUES");
    Arbitrary<String> space = Arbitraries.of("", " ", "\n", "  \t");
    return Combinators.combine(head, rows, space).as((h, rs, sp) -> {
      List<String> tuples = new ArrayList<>();
      for (List<String> r : rs) tuples.add("(" + sp + String.join(sp + "," + sp, r) + sp + ")");
      return h + sp + String.join("," + sp, tuples);
    });
  }

  @Property(tries = 400)
  void parse_generatedLiteralRows_fastPathAgreesWithJSqlParser(@ForAll("insert") String sql) {
    assertEquals(slow(sql), parsed(sql), sql);
  }

  @Property(tries = 200)
  void parse_generatedLiteralRowsOfOneWidth_takeTheFastPath(@ForAll("literal") String a, @ForAll("literal") String b) {
    String sql = "INSERT INTO t VALUES (" + a + ", " + b + "), (" + b + "," + a + ")";
    assertTrue(fast(sql), sql);
    assertEquals(slow(sql), parsed(sql), sql);
  }
}
