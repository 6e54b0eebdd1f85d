package dev.innosim.sql;

/**
 * Cuts text echoed in a message to a readable length, saying how long it was; stateless.
 * {@code cut("aaaa...(100000 a)")} is the first 120 characters, {@code ...} and
 * {@code (100000 characters)}; line breaks and other control characters become spaces.
 */
public final class Texts {
  private Texts() {}

  /** Longest echoed text kept whole. */
  public static final int MAX_ECHO = 120;

  /** The text on one line, cut to {@link #MAX_ECHO} characters. */
  public static String cut(String s) {
    return cut(s, MAX_ECHO);
  }

  /** The text on one line, cut to {@code max} characters when longer. */
  public static String cut(String s, int max) {
    if (s.length() <= max) return oneLine(s);
    int end = max;
    if (Character.isHighSurrogate(s.charAt(end - 1))) end--;
    return oneLine(s.substring(0, end)) + "... (" + s.length() + " characters)";
  }

  /** Longest message line: longer ones are cut at this length. */
  public static final int MAX_MESSAGE = 900;

  /**
   * A message as one line a person can read: control characters as spaces, every run of more
   * than {@link #MAX_ECHO} characters without a space (an echoed identifier or literal) cut, and
   * the whole cut at {@link #MAX_MESSAGE}.
   */
  public static String message(String m) {
    String s = oneLine(m);
    if (s.length() <= MAX_ECHO) return s;
    StringBuilder b = new StringBuilder();
    int i = 0;
    int n = s.length();
    while (i < n && b.length() <= MAX_MESSAGE) {
      int sp = s.indexOf(' ', i);
      int end = sp < 0 ? n : sp;
      String word = s.substring(i, end);
      b.append(word.length() > MAX_ECHO ? cut(word) : word);
      if (sp >= 0) b.append(' ');
      i = end + 1;
    }
    boolean truncated = i < n;
    if (b.length() > MAX_MESSAGE) {
      int end = MAX_MESSAGE;
      if (Character.isHighSurrogate(b.charAt(end - 1))) end--;
      b.setLength(end);
      truncated = true;
    }
    return truncated ? b + "... (message of " + s.length() + " characters)" : b.toString();
  }

  /** Control characters (CR, LF, tab, ...) as spaces: a message is one line. */
  public static String oneLine(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c)) {
        if (b == null) b = new StringBuilder(s);
        b.setCharAt(i, ' ');
      }
    }
    return b == null ? s : b.toString();
  }
}
