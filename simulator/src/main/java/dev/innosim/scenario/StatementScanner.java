package dev.innosim.scenario;

/**
 * Finds the {@code ;} that ends a statement, one line at a time, as the server's lexer reads it:
 * not inside quotes, not inside a {@code -- } or {@code #} comment (to the end of the line) or a
 * {@code /* ... *}{@code /} comment (which may span lines). {@link #sql()} keeps the comments
 * (the SQL parser skips them). Each character is read once. Mutable, one per statement.
 */
final class StatementScanner {
  private final StringBuilder sql = new StringBuilder();
  private boolean first = true;
  /** The open quote ({@code '}, {@code "} or a backtick), 0 outside quotes. */
  private char quote;
  private boolean blockComment;
  private String rest;

  /** Reads one more line; true when the statement ended on it (see {@link #sql()} and {@link #rest()}). */
  boolean feed(String line) {
    if (rest != null) throw new IllegalStateException("statement already complete");
    if (!first) sql.append('\n');
    first = false;
    int n = line.length();
    int i = 0;
    while (i < n) {
      char c = line.charAt(i);
      if (blockComment) {
        int end = line.indexOf("*/", i);
        int stop = end < 0 ? n : end + 2;
        sql.append(line, i, stop);
        i = stop;
        if (end >= 0) blockComment = false;
      } else if (quote != 0) {
        if (c != '\\' && c != quote) {
          int j = i + 1;
          while (j < n && line.charAt(j) != quote && line.charAt(j) != '\\') j++;
          sql.append(line, i, j);
          i = j;
          continue;
        }
        if (c == '\\' && quote != '`' && i + 1 < n) {
          sql.append(c).append(line.charAt(i + 1));
          i += 2;
          continue;
        }
        if (c == quote) quote = 0;
        sql.append(c);
        i++;
      } else if (c == '\'' || c == '"' || c == '`') {
        quote = c;
        sql.append(c);
        i++;
      } else if (c == ';') {
        rest = line.substring(i + 1);
        return true;
      } else if (c == '#' || (c == '-' && line.startsWith("--", i) && (i + 2 >= n || line.charAt(i + 2) <= ' '))) {
        sql.append(line, i, n);  // to the end of the line
        i = n;
      } else if (c == '/' && line.startsWith("/*", i)) {
        blockComment = true;
        sql.append("/*");
        i += 2;
      } else {
        int j = i + 1;
        while (j < n && plain(line.charAt(j))) j++;
        sql.append(line, i, j);
        i = j;
      }
    }
    return false;
  }

  /** A character that neither opens a quote or comment nor ends the statement. */
  private static boolean plain(char c) {
    return c != '\'' && c != '"' && c != '`' && c != ';' && c != '#' && c != '-' && c != '/';
  }

  /** True inside a quoted string or identifier, or a block comment, at the end of the lines read. */
  boolean inQuoteOrComment() {
    return quote != 0 || blockComment;
  }

  /** The statement read so far, without the {@code ;}, stripped. */
  String sql() {
    return sql.toString().strip();
  }

  /** The text after the {@code ;} on its line, null while the statement is incomplete. */
  String rest() {
    return rest;
  }
}
