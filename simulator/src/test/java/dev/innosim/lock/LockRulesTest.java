package dev.innosim.lock;

import static dev.innosim.lock.LockType.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The conflict rules tested as the tables the spec and the manual draw. */
class LockRulesTest {
  static final int[] MODES = {LOCK_IS, LOCK_IX, LOCK_S, LOCK_X, LOCK_AUTO_INC};

  /** Spec 1.1, held (rows) × requested (columns), IS IX S X AUTO_INC. */
  static final String[] TABLE_MATRIX = {
    "+ + + - +",
    "+ + - - +",
    "+ - + - -",
    "- - - - -",
    "+ + - - -",
  };

  @Test
  void compatible_tableLockModes_matchTheManualsMatrix() {
    for (int h = 0; h < 5; h++) {
      String[] row = TABLE_MATRIX[h].split(" ");
      for (int r = 0; r < 5; r++) {
        assertEquals(row[r].equals("+"), LockRules.compatible(MODES[h], MODES[r]),
            "held " + tableModeText(MODES[h]) + " requested " + tableModeText(MODES[r]));
      }
    }
  }

  @ParameterizedTest(name = "held {0} >= requested {1}: {2}")
  @CsvSource({
    "X,IS,true", "X,IX,true", "X,S,true", "X,X,true", "X,AUTO-INC,true",
    "S,IS,true", "S,S,true", "S,IX,false", "S,X,false",
    "IX,IS,true", "IX,IX,true", "IX,S,false",
    "IS,IS,true", "IS,IX,false",
    "AUTO-INC,AUTO-INC,true", "AUTO-INC,IS,false",
  })
  void strongerOrEqual_followsLockStrengthMatrix(String held, String requested, boolean expected) {
    assertEquals(expected, LockRules.strongerOrEqual(mode(held), mode(requested)));
  }

  private static int mode(String s) {
    for (int m : MODES) if (tableModeText(m).equals(s)) return m;
    throw new IllegalArgumentException(s);
  }

  /**
   * Spec 1.3: request (rows) against an existing lock of another transaction with an incompatible
   * mode (columns GAP, next-key, REC_NOT_GAP, II); W = waits, - = does not.
   */
  static final String[][] RECORD_TABLE = {
    //                   GAP  NK   RNG  II
    /* GAP         */ {"-", "-", "-", "-"},
    /* next-key    */ {"-", "W", "W", "-"},
    /* REC_NOT_GAP */ {"-", "W", "W", "-"},
    /* II          */ {"W", "W", "-", "-"},
  };

  static final int[] KINDS = {LOCK_GAP, LOCK_ORDINARY, LOCK_REC_NOT_GAP, LOCK_GAP | LOCK_INSERT_INTENTION};

  @Test
  void recordVerdict_incompatibleModes_matchTheSpecTable() {
    for (int[] modes : new int[][] {{LOCK_X, LOCK_X}, {LOCK_X, LOCK_S}, {LOCK_S, LOCK_X}}) {
      for (int r = 0; r < 4; r++) {
        for (int e = 0; e < 4; e++) {
          int req = (r == 3 ? LOCK_X : modes[0]) | KINDS[r];
          int ex = (e == 3 ? LOCK_X : modes[1]) | KINDS[e];
          boolean waits = LockRules.recordVerdict(false, req, ex, false).mustWait();
          assertEquals(RECORD_TABLE[r][e].equals("W"), waits,
              recordModeText(req) + " vs existing " + recordModeText(ex));
        }
      }
    }
  }

  @Test
  void recordVerdict_insertIntentionAgainstSharedGap_waits() {
    assertEquals(LockRules.Verdict.CONFLICT,
        LockRules.recordVerdict(false, LOCK_X | LOCK_GAP | LOCK_INSERT_INTENTION, LOCK_S | LOCK_GAP, false));
  }

  @Test
  void recordVerdict_sharedAgainstShared_neverWaits() {
    assertEquals(LockRules.Verdict.COMPATIBLE_MODES, LockRules.recordVerdict(false, LOCK_S, LOCK_S, false));
  }

  @Test
  void recordVerdict_sameTransaction_neverWaits() {
    assertEquals(LockRules.Verdict.SAME_TRANSACTION, LockRules.recordVerdict(true, LOCK_X, LOCK_X, false));
  }

  @Test
  void recordVerdict_onSupremum_onlyInsertIntentionWaits() {
    assertEquals(LockRules.Verdict.GAP_REQUEST_NEVER_WAITS, LockRules.recordVerdict(false, LOCK_X, LOCK_X, true));
    assertEquals(LockRules.Verdict.CONFLICT, LockRules.recordVerdict(false, LOCK_X | LOCK_INSERT_INTENTION, LOCK_S, true));
  }

  @ParameterizedTest(name = "held {0} satisfies {1} (supremum {2}): {3}")
  @CsvSource({
    "X, X, false, true",
    "X, X|REC_NOT_GAP, false, true",
    "X, X|GAP, false, true",
    "X|REC_NOT_GAP, X, false, false",
    "X|REC_NOT_GAP, X|REC_NOT_GAP, false, true",
    "X|REC_NOT_GAP, X|GAP, false, false",
    "X|GAP, X|GAP, false, true",
    "X|GAP, X, false, false",
    "S, X|REC_NOT_GAP, false, false",
    "X, S, false, true",
    "X|GAP|INSERT_INTENTION, X|GAP, false, false",
    "X|GAP, X, true, true",
  })
  void satisfies_followsLockRecHasExpl(String held, String req, boolean sup, boolean expected) {
    assertEquals(expected, LockRules.satisfies(parse(held), parse(req), sup));
  }

  static int parse(String s) {
    int v = 0;
    for (String p : s.strip().split("\\|")) {
      switch (p) {
        case "X": v |= LOCK_X; break;
        case "S": v |= LOCK_S; break;
        case "GAP": v |= LOCK_GAP; break;
        case "REC_NOT_GAP": v |= LOCK_REC_NOT_GAP; break;
        case "INSERT_INTENTION": v |= LOCK_INSERT_INTENTION; break;
        default: throw new IllegalArgumentException(p);
      }
    }
    return v;
  }

  @Test
  void recordModeText_printsFlagsInTheScenarioOrder() {
    assertEquals("X", recordModeText(LOCK_X));
    assertEquals("S,GAP", recordModeText(LOCK_S | LOCK_GAP));
    assertEquals("X,REC_NOT_GAP", recordModeText(LOCK_X | LOCK_REC_NOT_GAP));
    assertEquals("X,GAP,INSERT_INTENTION", recordModeText(LOCK_X | LOCK_GAP | LOCK_INSERT_INTENTION));
    assertEquals("X,INSERT_INTENTION", recordModeText(normalize(LOCK_X | LOCK_GAP | LOCK_INSERT_INTENTION, true)));
  }
}
