package dev.innosim.log;

/**
 * A record lock's type mode as {@code lock_rec_print} spells it ({@code lock_mode X locks gap
 * before rec insert intention}), in the scenario format's words ({@code X,GAP,INSERT_INTENTION});
 * immutable.
 */
public record LockMode(boolean exclusive, boolean gap, boolean recNotGap, boolean insertIntention) {

  /** Reads the phrase after {@code trx id N}: {@code lock_mode X}, {@code lock mode S locks rec but not gap}, ... */
  static LockMode parse(String phrase) {
    boolean x = phrase.matches("(?s)lock[ _]mode X.*");
    return new LockMode(x, phrase.contains("locks gap before rec"), phrase.contains("locks rec but not gap"),
        phrase.contains("insert intention"));
  }

  /** {@code X}, {@code X,GAP}, {@code X,REC_NOT_GAP}, {@code X,GAP,INSERT_INTENTION}, {@code S}, ... */
  public String text() {
    StringBuilder b = new StringBuilder(exclusive ? "X" : "S");
    if (gap) b.append(",GAP");
    if (recNotGap) b.append(",REC_NOT_GAP");
    if (insertIntention) b.append(",INSERT_INTENTION");
    return b.toString();
  }

  /** Whether the lock covers the gap before the record (next-key, gap, insert intention). */
  public boolean coversGap() { return !recNotGap; }

  /** Whether the lock covers the record itself (next-key or record-only). */
  public boolean coversRecord() { return !gap && !insertIntention; }

  @Override public String toString() { return text(); }
}
