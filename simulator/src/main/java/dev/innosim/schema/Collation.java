package dev.innosim.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How strings compare; immutable.
 *
 * <p>{@link #GENERAL_CI} (the default, {@code utf8mb4_general_ci}) ignores case and trailing
 * spaces: {@code 'abc' = 'ABC' = 'abc  '}. {@link #BIN} ({@code utf8mb4_bin}) compares code points
 * but still ignores trailing spaces (PAD SPACE). {@link #BINARY} (the {@code binary} character set
 * of BINARY/VARBINARY/BLOB) compares bytes and pads nothing.
 */
public enum Collation {
  GENERAL_CI, BIN, BINARY;

  /** The collation of a column that names none: utf8mb4_general_ci. */
  public static final Collation DEFAULT = GENERAL_CI;

  /** The collation a MySQL collation or charset name stands for: {@code *_bin} is BIN, {@code binary} BINARY, the rest GENERAL_CI. */
  public static Collation forName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.equals("binary")) return BINARY;
    if (n.endsWith("_bin")) return BIN;
    return GENERAL_CI;
  }

  /** True for a collation name one of the servers knows ({@code collations.txt}); any other is error 1273. */
  public static boolean isKnown(String name) {
    return Names.COLLATIONS.contains(name.toLowerCase(Locale.ROOT));
  }

  /** True for a character set name one of the servers knows ({@code charsets.txt}); any other is error 1115. */
  public static boolean isKnownCharset(String name) {
    return Names.CHARSETS.contains(name.toLowerCase(Locale.ROOT));
  }

  /** The name lists, read once. */
  private static final class Names {
    static final Set<String> COLLATIONS = read("collations.txt");
    static final Set<String> CHARSETS = read("charsets.txt");

    private static Set<String> read(String resource) {
      try (InputStream in = Collation.class.getResourceAsStream(resource)) {
        if (in == null) throw new IllegalStateException("missing resource " + resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Compares two strings under this collation. */
  public int compare(String a, String b) {
    switch (this) {
      case BINARY:
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
      case BIN:
        return compareCodePoints(trimTrailingSpaces(a), trimTrailingSpaces(b));
      default:
        return compareFolded(a, b);
    }
  }

  /** GENERAL_CI without allocating: code points compared upper-cased, trailing spaces ignored. */
  private static int compareFolded(String a, String b) {
    int ea = a.length();
    while (ea > 0 && a.charAt(ea - 1) == ' ') ea--;
    int eb = b.length();
    while (eb > 0 && b.charAt(eb - 1) == ' ') eb--;
    int i = 0;
    int j = 0;
    while (i < ea && j < eb) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        int ua = Character.toUpperCase(ca);
        int ub = Character.toUpperCase(cb);
        if (ua != ub) return Integer.compare(ua, ub);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < ea, j < eb);
  }

  /** True when the two strings are equal under this collation (e.g. duplicate keys of a unique index). */
  public boolean equal(String a, String b) {
    return compare(a, b) == 0;
  }

  /** A string that is equal for exactly the strings this collation calls equal (usable as a map key). */
  public String key(String s) {
    switch (this) {
      case BINARY:
        return s;
      case BIN:
        return trimTrailingSpaces(s);
      default:
        String t = trimTrailingSpaces(s);
        StringBuilder sb = new StringBuilder(t.length());
        t.codePoints().forEach(cp -> sb.appendCodePoint(Character.toUpperCase(cp)));
        return sb.toString();
    }
  }

  private static String trimTrailingSpaces(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') end--;
    return s.substring(0, end);
  }

  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) return Integer.compare(ca, cb);
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}
