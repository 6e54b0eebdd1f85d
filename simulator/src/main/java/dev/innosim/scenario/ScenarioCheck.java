package dev.innosim.scenario;

import java.util.List;
import java.util.Optional;

/**
 * Compares a scenario file with innosim's annotation of it, line by line: every outcome,
 * released line, deadlock block and lock line; stateless.
 */
public final class ScenarioCheck {
  private ScenarioCheck() {}

  /** The first difference, or empty when innosim reproduces the file. */
  public record Difference(int line, String expected, String actual) {
    public String describe(String file) {
      return file + ":" + line + ": expected `" + expected + "` but innosim gives `" + actual + "`";
    }
  }

  /** Finds the first line where {@code annotated} differs from {@code fileText}. */
  public static Optional<Difference> firstDifference(String fileText, String annotated) {
    List<String> want = ScenarioParser.splitLines(fileText);
    List<String> got = ScenarioParser.splitLines(annotated);
    int n = Math.max(want.size(), got.size());
    for (int i = 0; i < n; i++) {
      String w = i < want.size() ? normalize(want.get(i)) : "<end of file>";
      String g = i < got.size() ? normalize(got.get(i)) : "<end of output>";
      if (!w.equals(g)) return Optional.of(new Difference(i + 1, w, g));
    }
    return Optional.empty();
  }

  /** Folds the padding before {@code -- expect:} and trailing blanks. */
  static String normalize(String line) {
    String l = line.stripTrailing();
    if (l.endsWith("\r")) l = l.substring(0, l.length() - 1).stripTrailing();
    int e = l.indexOf("-- expect:");
    if (e > 0) l = l.substring(0, e).stripTrailing() + "  " + l.substring(e);
    return l;
  }
}
