package dev.innosim.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits MySQL text into tokens with their offsets; stateless. Handles quoted strings with
 * backslash and doubled-quote escapes, backticked identifiers, and the three comment styles.
 */
final class Lexer {
  private Lexer() {}

  enum Kind { WORD, QUOTED_IDENT, STRING, NUMBER, SYMBOL }

  /**
   * One token. {@code text} is the raw text; {@code value} the identifier without backticks or
   * the unescaped string content; {@code start}/{@code end} are offsets in the input.
   */
  record Token(Kind kind, String text, String value, int start, int end) {
    boolean isWord(String w) {
      return kind == Kind.WORD && text.equalsIgnoreCase(w);
    }

    boolean isSymbol(String s) {
      return kind == Kind.SYMBOL && text.equals(s);
    }

    String upper() {
      return text.toUpperCase(Locale.ROOT);
    }

    /** An identifier (plain or backticked), lower-cased. */
    boolean isIdentifier() {
      return kind == Kind.WORD || kind == Kind.QUOTED_IDENT;
    }
  }

  private static final String[] SYMBOLS = {"<=>", "<=", ">=", "<>", "!=", ":=", "||", "&&", "<<", ">>", "@@"};

  static List<Token> tokenize(String s) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '#' || (c == '-' && s.startsWith("--", i) && (i + 2 >= n || Character.isWhitespace(s.charAt(i + 2))))) {
        while (i < n && s.charAt(i) != '\n') i++;
      } else if (c == '/' && s.startsWith("/*", i)) {
        int e = s.indexOf("*/", i + 2);
        if (e < 0) throw new SqlException("unterminated comment", i + 1);
        i = e + 2;
      } else if (c == '\'' || c == '"') {
        i = readQuoted(s, i, c, true, out, Kind.STRING, "unterminated string");
      } else if (c == '`') {
        i = readQuoted(s, i, '`', false, out, Kind.QUOTED_IDENT, "unterminated identifier");
      } else if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(s.charAt(i + 1)))) {
        int start = i;
        while (i < n && isDigit(s.charAt(i))) i++;
        if (i < n && s.charAt(i) == '.') {
          i++;
          while (i < n && isDigit(s.charAt(i))) i++;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
          int j = i + 1;
          if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) j++;
          if (j < n && isDigit(s.charAt(j))) {
            i = j;
            while (i < n && isDigit(s.charAt(i))) i++;
          }
        }
        if (i < n && isWordChar(s.charAt(i))) {  // 1abc is an identifier in MySQL
          while (i < n && isWordChar(s.charAt(i))) i++;
          out.add(new Token(Kind.WORD, s.substring(start, i), s.substring(start, i), start, i));
        } else {
          out.add(new Token(Kind.NUMBER, s.substring(start, i), s.substring(start, i), start, i));
        }
      } else if (isWordChar(c)) {
        int start = i;
        while (i < n && isWordChar(s.charAt(i))) i++;
        out.add(new Token(Kind.WORD, s.substring(start, i), s.substring(start, i), start, i));
      } else {
        String sym = String.valueOf(c);
        for (String m : SYMBOLS) {
          if (s.startsWith(m, i)) {
            sym = m;
            break;
          }
        }
        out.add(new Token(Kind.SYMBOL, sym, sym, i, i + sym.length()));
        i += sym.length();
      }
    }
    return out;
  }

  /**
   * The text with every comment ({@code -- } and {@code #} to the end of the line, {@code /* *}{@code /})
   * replaced by spaces, line breaks kept, so offsets do not move; quotes are respected.
   */
  static String blankComments(String s) {
    StringBuilder b = null;
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      int end = -1;
      if (c == '\'' || c == '"' || c == '`') {
        int j = i + 1;
        while (j < n && s.charAt(j) != c) j += (s.charAt(j) == '\\' && c != '`') ? 2 : 1;
        i = j + 1;
        continue;
      } else if (c == '#' || (c == '-' && s.startsWith("--", i) && (i + 2 >= n || Character.isWhitespace(s.charAt(i + 2))))) {
        end = s.indexOf('\n', i);
        if (end < 0) end = n;
      } else if (c == '/' && s.startsWith("/*", i)) {
        end = s.indexOf("*/", i + 2);
        if (end < 0) return b == null ? s : b.toString();  // tokenize reports the unterminated comment
        end += 2;
      }
      if (end < 0) {
        i++;
        continue;
      }
      if (b == null) b = new StringBuilder(s);
      for (int k = i; k < end; k++) if (s.charAt(k) != '\n') b.setCharAt(k, ' ');
      i = end;
    }
    return b == null ? s : b.toString();
  }

  /** MySQL's digits are ASCII only: {@code ١} (Arabic-Indic one) is an identifier character. */
  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 0x7f;
  }

  /**
   * Reads the quoted token that opens at {@code start} with {@code quote} (a doubled quote stands
   * for one; with {@code backslashEscapes} also MySQL's backslash escapes), adds it to {@code out}
   * and returns the offset after the closing quote.
   */
  private static int readQuoted(String s, int start, char quote, boolean backslashEscapes, List<Token> out,
      Kind kind, String unterminated) {
    int n = s.length();
    StringBuilder v = new StringBuilder();
    int i = start + 1;
    while (i < n) {
      char d = s.charAt(i);
      if (backslashEscapes && d == '\\' && i + 1 < n) {
        char e = s.charAt(i + 1);
        if (e == '%' || e == '_') v.append('\\');  // MySQL keeps the backslash of \% and \_
        v.append(unescape(e));
        i += 2;
      } else if (d == quote) {
        if (i + 1 < n && s.charAt(i + 1) == quote) {
          v.append(quote);
          i += 2;
        } else {
          out.add(new Token(kind, s.substring(start, i + 1), v.toString(), start, i + 1));
          return i + 1;
        }
      } else {
        v.append(d);
        i++;
      }
    }
    throw new SqlException(unterminated + ": " + s.substring(start).strip(), start + 1);
  }

  static char unescape(char c) {
    switch (c) {
      case '0': return '\0';
      case 'b': return '\b';
      case 'n': return '\n';
      case 'r': return '\r';
      case 't': return '\t';
      case 'Z': return '\u001a';
      default: return c;
    }
  }

  /** The content of a single-quoted literal as JSqlParser hands it over (escapes still in place), unescaped. */
  static String unescapeLiteral(String raw) {
    StringBuilder v = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char d = raw.charAt(i);
      if (d == '\\' && i + 1 < raw.length()) {
        char e = raw.charAt(++i);
        if (e == '%' || e == '_') v.append('\\');
        v.append(unescape(e));
      } else if (d == '\'' && i + 1 < raw.length() && raw.charAt(i + 1) == '\'') {
        v.append('\'');
        i++;
      } else {
        v.append(d);
      }
    }
    return v.toString();
  }

  /** Up to 40 characters of text from an offset, quoted like MySQL's "near '...'". */
  static String near(String s, int offset) {
    String rest = s.substring(Math.min(offset, s.length())).strip();
    int nl = rest.indexOf('\n');
    if (nl >= 0) rest = rest.substring(0, nl).strip();
    if (rest.length() > 40) rest = rest.substring(0, 40) + "...";
    return "'" + rest + "'";
  }
}
