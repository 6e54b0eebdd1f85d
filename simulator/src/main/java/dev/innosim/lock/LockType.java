package dev.innosim.lock;

/**
 * InnoDB's {@code type_mode} bits for record and table locks, with the names users know
 * ({@code LOCK_GAP}, {@code LOCK_REC_NOT_GAP}, {@code LOCK_INSERT_INTENTION}).
 *
 * <p>A record lock's type mode is a {@link #LOCK_S} or {@link #LOCK_X} mode plus flags. No flag
 * means next-key ({@code LOCK_ORDINARY}). Locks on the supremum never carry GAP or REC_NOT_GAP:
 * {@link #normalize} clears them, as {@code lock_rec_create_low} does.
 */
public final class LockType {
  private LockType() {}

  public static final int LOCK_IS = 0;
  public static final int LOCK_IX = 1;
  public static final int LOCK_S = 2;
  public static final int LOCK_X = 3;
  public static final int LOCK_AUTO_INC = 4;
  public static final int MODE_MASK = 0xF;

  public static final int LOCK_ORDINARY = 0;
  public static final int LOCK_GAP = 512;
  public static final int LOCK_REC_NOT_GAP = 1024;
  public static final int LOCK_INSERT_INTENTION = 2048;

  public static int mode(int typeMode) { return typeMode & MODE_MASK; }

  public static boolean isGap(int typeMode) { return (typeMode & LOCK_GAP) != 0; }

  public static boolean isRecNotGap(int typeMode) { return (typeMode & LOCK_REC_NOT_GAP) != 0; }

  public static boolean isInsertIntention(int typeMode) { return (typeMode & LOCK_INSERT_INTENTION) != 0; }

  /** Clears GAP and REC_NOT_GAP on the supremum, where every lock is a gap lock. */
  public static int normalize(int typeMode, boolean onSupremum) {
    return onSupremum ? typeMode & ~(LOCK_GAP | LOCK_REC_NOT_GAP) : typeMode;
  }

  /** The scenario-format mode text: {@code X}, {@code S,GAP}, {@code X,REC_NOT_GAP}, {@code X,GAP,INSERT_INTENTION}. */
  public static String recordModeText(int typeMode) {
    StringBuilder b = new StringBuilder(mode(typeMode) == LOCK_X ? "X" : "S");
    if (isGap(typeMode)) b.append(",GAP");
    if (isRecNotGap(typeMode)) b.append(",REC_NOT_GAP");
    if (isInsertIntention(typeMode)) b.append(",INSERT_INTENTION");
    return b.toString();
  }

  /** Table lock mode text: IS, IX, S, X, AUTO-INC. */
  public static String tableModeText(int mode) {
    switch (mode) {
      case LOCK_IS: return "IS";
      case LOCK_IX: return "IX";
      case LOCK_S: return "S";
      case LOCK_X: return "X";
      case LOCK_AUTO_INC: return "AUTO-INC";
      default: throw new IllegalArgumentException("mode " + mode);
    }
  }
}
