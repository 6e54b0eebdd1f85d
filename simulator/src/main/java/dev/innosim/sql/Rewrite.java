package dev.innosim.sql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Text edits made before handing SQL to JSqlParser, with the way back from a position in the
 * rewritten text to the original; single-threaded, mutable. Removals become spaces, so columns
 * after them do not move.
 */
final class Rewrite {
  private record Edit(int start, int end, String replacement) {}

  private final String original;
  private final List<Edit> edits = new ArrayList<>();
  /** The edits by start offset, for {@link #covers} in logarithmic time (a 10^6-row INSERT has 10^6 edits). */
  private final TreeMap<Integer, Edit> byStart = new TreeMap<>();

  Rewrite(String original) {
    this.original = original;
  }

  void replace(int start, int end, String replacement) {
    Edit e = new Edit(start, end, replacement);
    edits.add(e);
    byStart.merge(start, e, (a, b) -> a.end >= b.end ? a : b);
  }

  void remove(int start, int end) {
    replace(start, end, " ".repeat(end - start));
  }

  boolean covers(int offset) {
    Map.Entry<Integer, Edit> e = byStart.floorEntry(offset);  // edits do not overlap
    return e != null && offset < e.getValue().end;
  }

  String apply() {
    List<Edit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt(Edit::start));
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (Edit e : sorted) {
      sb.append(original, at, e.start).append(e.replacement);
      at = e.end;
    }
    sb.append(original.substring(at));
    return sb.toString();
  }

  /** The original offset of an offset in {@link #apply()}'s result. */
  int originalOffset(int rewritten) {
    List<Edit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt(Edit::start));
    int shift = 0;
    for (Edit e : sorted) {
      int newStart = e.start + shift;
      int newEnd = newStart + e.replacement.length();
      if (rewritten < newStart) break;
      if (rewritten < newEnd) return e.start;
      shift += e.replacement.length() - (e.end - e.start);
    }
    return Math.max(0, Math.min(original.length(), rewritten - shift));
  }
}
