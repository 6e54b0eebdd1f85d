package dev.innosim.sql;

import dev.innosim.sql.Lexer.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The servers' limits on a column type's {@code (n)} and {@code (M,D)} in CREATE TABLE, as a
 * literal table, checked on the tokens before JSqlParser (which cannot read a length past
 * 2^31-1); stateless.
 */
final class TypeLimits {
  private TypeLimits() {}

  /** Integer types whose {@code (n)} is a display width. */
  private static final Set<String> INTEGER_TYPES = Set.of("TINYINT", "SMALLINT", "MEDIUMINT", "INT", "INTEGER", "BIGINT");

  /** Largest display width of an integer type. */
  static final int MAX_DISPLAY_WIDTH = 255;

  /** Largest length a type declaration may give, with the server's error for more; literal table. */
  private record LengthLimit(Set<String> types, long max, int error, String sentence) {}

  /** The servers' limits on {@code TYPE(n)} (VARCHAR's is for utf8mb4: 65,535 bytes / 4). */
  private static final List<LengthLimit> LENGTH_LIMITS = List.of(
      new LengthLimit(INTEGER_TYPES, MAX_DISPLAY_WIDTH, 1439, "display width out of range for column '%s' (max = %d)"),
      new LengthLimit(Set.of("CHAR", "CHARACTER", "BINARY"), 255, 1074,
          "column length too big for column '%s' (max = %d); use BLOB or TEXT instead"),
      new LengthLimit(Set.of("VARCHAR"), 16383, 1074, "column length too big for column '%s' (max = %d); use BLOB or TEXT instead"),
      new LengthLimit(Set.of("VARBINARY"), 65535, 1074, "column length too big for column '%s' (max = %d); use BLOB or TEXT instead"),
      new LengthLimit(Set.of("DECIMAL", "DEC", "NUMERIC", "FIXED"), 65, 1426, "too big precision specified for column '%s' (max = %d)"),
      new LengthLimit(Set.of("DATETIME", "TIMESTAMP", "TIME"), 6, 1426, "too big precision specified for column '%s' (max = %d)"));

  /** A length past 2^32-1 is error 1439 on both servers, whatever the type. */
  static final long MAX_LENGTH = 4_294_967_295L;

  /**
   * {@code id INT(256)}, {@code s CHAR(256)}, {@code d DECIMAL(66,2)}: the server's error before
   * JSqlParser, which cannot read a length past 2^31-1. VARCHAR's limit depends on the character
   * set, so it is checked only in a statement that names none.
   */
  static void check(List<Token> tokens) {
    boolean namesCharset = tokens.stream().anyMatch(t -> t.isWord("CHARSET") || t.isWord("CHARACTER") || t.isWord("COLLATE"));
    for (int i = 1; i + 3 < tokens.size(); i++) {
      Token type = tokens.get(i);
      Token width = tokens.get(i + 2);
      if (type.kind() != Lexer.Kind.WORD || !tokens.get(i + 1).isSymbol("(") || width.kind() != Lexer.Kind.NUMBER
          || !tokens.get(i - 1).isIdentifier() || !width.text().matches("\\d+")) {
        continue;
      }
      String column = Texts.cut(tokens.get(i - 1).value());
      String digits = width.text().replaceFirst("^0+(?=\\d)", "");
      long n = digits.length() > 12 ? Long.MAX_VALUE : Long.parseLong(digits);
      if (n > MAX_LENGTH) {
        throw new SqlException("display width out of range for column '" + column + "' (max = " + MAX_LENGTH + ") (error 1439)",
            width.start() + 1);
      }
      for (LengthLimit l : LENGTH_LIMITS) {
        if (!l.types().contains(type.upper()) || n <= l.max()) continue;
        if (type.isWord("VARCHAR") && namesCharset) continue;
        throw new SqlException(String.format(Locale.ROOT, l.sentence(), column, l.max()) + " (error " + l.error() + ")",
            width.start() + 1);
      }
      Token comma = tokens.get(i + 3);
      if (comma.isSymbol(",") && i + 4 < tokens.size() && tokens.get(i + 4).kind() == Lexer.Kind.NUMBER
          && Set.of("DECIMAL", "DEC", "NUMERIC", "FIXED").contains(type.upper())) {
        String sd = tokens.get(i + 4).text().replaceFirst("^0+(?=\\d)", "");
        long d = sd.length() > 12 ? Long.MAX_VALUE : Long.parseLong(sd);
        if (d > n) {
          throw new SqlException("for decimal(M,D) M must be >= D (column '" + column + "') (error 1427)", width.start() + 1);
        }
        if (d > 30) {
          throw new SqlException("too big scale " + d + " specified for column '" + column + "' (max = 30) (error 1425)",
              width.start() + 1);
        }
      }
    }
  }
}
