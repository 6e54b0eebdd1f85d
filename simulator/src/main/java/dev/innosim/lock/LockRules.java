package dev.innosim.lock;

import static dev.innosim.lock.LockType.*;

/**
 * The conflict rules of InnoDB's lock manager as literal tables and one predicate
 * ({@code lock_rec_has_to_wait}); stateless.
 */
public final class LockRules {
  private LockRules() {}

  /** Row and column order of the tables below. */
  static final int[] ORDER = {LOCK_IS, LOCK_IX, LOCK_S, LOCK_X, LOCK_AUTO_INC};

  /**
   * {@code lock_compatibility_matrix} of {@code lock0priv.h}; rows = held, columns = requested,
   * in the order IS, IX, S, X, AUTO_INC; {@code true} = compatible.
   */
  static final boolean[][] COMPATIBLE = {
    //            IS     IX     S      X      AI
    /* IS */    {true,  true,  true,  false, true },
    /* IX */    {true,  true,  false, false, true },
    /* S  */    {true,  false, true,  false, false},
    /* X  */    {false, false, false, false, false},
    /* AI */    {true,  true,  false, false, false},
  };

  /**
   * {@code lock_strength_matrix}; rows = held, columns = requested; {@code true} when the held
   * mode is stronger than or equal to the requested one.
   */
  static final boolean[][] STRONGER_OR_EQUAL = {
    //            IS     IX     S      X      AI
    /* IS */    {true,  false, false, false, false},
    /* IX */    {true,  true,  false, false, false},
    /* S  */    {true,  false, true,  false, false},
    /* X  */    {true,  true,  true,  true,  true },
    /* AI */    {false, false, false, false, true },
  };

  /** The two tables as bitmasks, built once: bit {@code requested} of entry {@code held}. */
  private static final int[] COMPATIBLE_MASK = toMasks(COMPATIBLE);
  private static final int[] STRONGER_MASK = toMasks(STRONGER_OR_EQUAL);

  private static int[] toMasks(boolean[][] table) {
    int[] masks = new int[5];
    for (int held = 0; held < 5; held++) {
      for (int req = 0; req < 5; req++) {
        if (table[held][req]) masks[ORDER[held]] |= 1 << ORDER[req];
      }
    }
    return masks;
  }

  /** True when a lock in mode {@code held} and one in mode {@code requested} can coexist. */
  public static boolean compatible(int held, int requested) {
    return (COMPATIBLE_MASK[held] & (1 << requested)) != 0;
  }

  /** True when mode {@code held} is at least as strong as {@code requested}. */
  public static boolean strongerOrEqual(int held, int requested) {
    return (STRONGER_MASK[held] & (1 << requested)) != 0;
  }

  /** Why a record request does or does not wait for one existing lock of another transaction. */
  public enum Verdict {
    /** The existing lock belongs to the requester. */
    SAME_TRANSACTION(false),
    /** S and S. */
    COMPATIBLE_MODES(false),
    /** A gap request or any request on the supremum that is not an insert intention. */
    GAP_REQUEST_NEVER_WAITS(false),
    /** A record or next-key request never waits for a gap-only lock. */
    EXISTING_IS_GAP(false),
    /** An insert intention is not blocked by a record-only lock. */
    INSERT_VS_REC_NOT_GAP(false),
    /** Nothing waits for an insert intention. */
    EXISTING_IS_INSERT_INTENTION(false),
    /** A conflict: the request must wait. */
    CONFLICT(true);

    private final boolean mustWait;

    Verdict(boolean mustWait) { this.mustWait = mustWait; }

    public boolean mustWait() { return mustWait; }
  }

  /**
   * {@code lock_rec_has_to_wait}: does a request of {@code requestTypeMode} by one transaction
   * wait for {@code existingTypeMode} held (or awaited) by {@code sameTrx ? it : another}?
   *
   * <p>Example: T1 holds {@code X,GAP} on (20); T2 asks {@code X,GAP,INSERT_INTENTION} on (20):
   * {@link Verdict#CONFLICT}. T2 asks {@code X,REC_NOT_GAP} instead: {@link Verdict#EXISTING_IS_GAP}.
   */
  public static Verdict recordVerdict(
      boolean sameTrx, int requestTypeMode, int existingTypeMode, boolean onSupremum) {
    if (sameTrx) return Verdict.SAME_TRANSACTION;
    if (compatible(mode(existingTypeMode), mode(requestTypeMode))) return Verdict.COMPATIBLE_MODES;
    boolean reqII = isInsertIntention(requestTypeMode);
    if ((onSupremum || isGap(requestTypeMode)) && !reqII) return Verdict.GAP_REQUEST_NEVER_WAITS;
    if (!reqII && isGap(existingTypeMode)) return Verdict.EXISTING_IS_GAP;
    if (isGap(requestTypeMode) && isRecNotGap(existingTypeMode)) return Verdict.INSERT_VS_REC_NOT_GAP;
    if (isInsertIntention(existingTypeMode)) return Verdict.EXISTING_IS_INSERT_INTENTION;
    return Verdict.CONFLICT;
  }

  /**
   * {@code lock_rec_has_expl}: does a granted lock {@code heldTypeMode} of the requester already
   * satisfy a request of {@code requestTypeMode}?
   */
  public static boolean satisfies(int heldTypeMode, int requestTypeMode, boolean onSupremum) {
    if (isInsertIntention(heldTypeMode)) return false;
    if (!strongerOrEqual(mode(heldTypeMode), mode(requestTypeMode))) return false;
    if (isRecNotGap(heldTypeMode) && !isRecNotGap(requestTypeMode) && !onSupremum) return false;
    if (isGap(heldTypeMode) && !isGap(requestTypeMode) && !onSupremum) return false;
    return true;
  }
}
