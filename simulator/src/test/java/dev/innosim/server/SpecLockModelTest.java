package dev.innosim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.mysql.LockRow;
import dev.innosim.server.SpecLockModel.Kind;
import dev.innosim.server.SpecLockModel.Lock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference model's tables, read as the spec draws them, and its reading of lock rows. */
class SpecLockModelTest {
  static Lock lock(String line) {
    return SpecLockModel.read(LockRow.parse(line).orElseThrow()).orElseThrow(() -> new AssertionError("unreadable " + line));
  }

  @Test
  void tableMatrix_everyCellOfSpec11_readsAsDrawn() {
    String[] modes = {"IS", "IX", "S", "X", "AUTO_INC"};
    String[] rows = {"+++-+", "++--+", "+-+--", "-----", "++---"};
    for (int h = 0; h < modes.length; h++) {
      for (int r = 0; r < modes.length; r++) {
        assertEquals(rows[h].charAt(r) == '+', SpecLockModel.tableCompatible(modes[h], modes[r]), modes[h] + " / " + modes[r]);
      }
    }
  }

  @Test
  void recordMatrix_incompatibleModes_waitOnlyWhereSpec13Says() {
    assertTrue(SpecLockModel.mustWait(lock("T2 waits  RECORD t.PRIMARY X,REC_NOT_GAP (20)"), lock("T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (20)")));
    assertTrue(SpecLockModel.mustWait(lock("T2 waits  RECORD t.PRIMARY S (20)"), lock("T1 holds  RECORD t.PRIMARY X (20)")));
    assertTrue(SpecLockModel.mustWait(lock("T2 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (20)"), lock("T1 holds  RECORD t.PRIMARY S,GAP (20)")));
    assertFalse(SpecLockModel.mustWait(lock("T2 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (20)"), lock("T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)")));
    assertFalse(SpecLockModel.mustWait(lock("T2 waits  RECORD t.PRIMARY X (20)"), lock("T1 holds  RECORD t.PRIMARY X,GAP (20)")));
    assertFalse(SpecLockModel.mustWait(lock("T2 waits  RECORD t.PRIMARY X,GAP (20)"), lock("T1 holds  RECORD t.PRIMARY X (20)")));
    assertFalse(SpecLockModel.mustWait(lock("T2 waits  RECORD t.PRIMARY X (20)"), lock("T1 holds  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (20)")));
  }

  @Test
  void mustWait_sharedAndShared_neverWaits() {
    assertFalse(SpecLockModel.mustWait(lock("T2 waits  RECORD t.PRIMARY S (20)"), lock("T1 holds  RECORD t.PRIMARY S,REC_NOT_GAP (20)")));
  }

  @Test
  void mustWait_onTheSupremum_onlyInsertIntentionWaits() {
    Lock held = lock("T1 holds  RECORD t.PRIMARY S supremum");
    assertFalse(SpecLockModel.mustWait(lock("T2 waits  RECORD t.PRIMARY X supremum"), held));
    assertTrue(SpecLockModel.mustWait(lock("T2 waits  RECORD t.PRIMARY X,INSERT_INTENTION supremum"), held));
  }

  @Test
  void mustWait_ownLocksOrOtherRecords_neverWaits() {
    assertFalse(SpecLockModel.mustWait(lock("T1 waits  RECORD t.PRIMARY X (20)"), lock("T1 holds  RECORD t.PRIMARY X (20)")));
    assertFalse(SpecLockModel.mustWait(lock("T2 waits  RECORD t.PRIMARY X (20)"), lock("T1 holds  RECORD t.PRIMARY X (30)")));
    assertFalse(SpecLockModel.mustWait(lock("T2 waits  RECORD t.idx_k X (2, 20)"), lock("T1 holds  RECORD t.PRIMARY X (20)")));
  }

  @Test
  void grantedTogetherIsWrong_gapAgainstInsertIntention_isAllowedEitherWay() {
    Lock gap = lock("T1 holds  RECORD t.PRIMARY X,GAP (20)");
    Lock ii = lock("T2 holds  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (20)");
    assertFalse(SpecLockModel.grantedTogetherIsWrong(gap, ii));
    assertTrue(SpecLockModel.grantedTogetherIsWrong(lock("T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)"),
        lock("T2 holds  RECORD t.PRIMARY S,REC_NOT_GAP (20)")));
  }

  @Test
  void read_modeTexts_giveTheirKinds() {
    assertEquals(Kind.NEXT_KEY, lock("T1 holds  RECORD t.PRIMARY X (20)").kind().orElseThrow());
    assertEquals(Kind.GAP, lock("T1 holds  RECORD t.PRIMARY S,GAP (20)").kind().orElseThrow());
    assertEquals(Kind.REC_NOT_GAP, lock("T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)").kind().orElseThrow());
    assertEquals(Kind.II, lock("T1 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (20)").kind().orElseThrow());
    assertEquals(Kind.GAP, lock("T1 holds  RECORD t.PRIMARY X supremum").effectiveKind());
    assertEquals(Kind.II, lock("T1 waits  RECORD t.PRIMARY X,INSERT_INTENTION supremum").effectiveKind());
    assertTrue(lock("T1 holds  TABLE t AUTO_INC").isTable());
  }

  @Test
  void read_textsTheSpecDoesNotName_areUnreadable() {
    for (String bad : List.of("T1 holds  RECORD t.PRIMARY X,GAP supremum", "T1 holds  RECORD t.PRIMARY X,INSERT_INTENTION (20)",
        "T1 holds  RECORD t.PRIMARY S,GAP,INSERT_INTENTION (20)", "T1 holds  RECORD t.PRIMARY IX (20)", "T1 holds  TABLE t XS")) {
      assertTrue(SpecLockModel.read(LockRow.parse(bad).orElseThrow()).isEmpty(), bad);
    }
  }

  @Test
  void parse_raggedTable_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> SpecLockModel.parse("| a | b |\n| x | + | + |", "+", "-"));
  }
}
