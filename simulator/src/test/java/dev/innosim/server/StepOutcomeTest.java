package dev.innosim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.mysql.MySqlError;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StepOutcomeTest {
  @ParameterizedTest
  @ValueSource(strings = {"ok", "deadlock", "timeout", "error 1062", "error 1205", "blocked -> ok", "blocked -> deadlock",
      "blocked -> timeout", "blocked -> error 1452"})
  void parse_everyWordTheFormatKnows_printsBackTheSame(String text) {
    assertEquals(text, StepOutcome.parse(text).orElseThrow().text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"maybe", "blocked", "blocked -> blocked -> ok", "error", "error 0", "error -1", "error 12x", "OK ok", ""})
  void parse_anythingElse_isEmpty(String text) {
    assertEquals(Optional.empty(), StepOutcome.parse(text));
  }

  @Test
  void blockedThenDeadlock_isAVictimThatWaited() {
    StepOutcome o = StepOutcome.parse("blocked -> deadlock").orElseThrow();
    assertTrue(o.isDeadlockVictim());
    assertTrue(o.waited());
    assertEquals(StepOutcome.DEADLOCK, o.last());
    assertFalse(StepOutcome.OK.isDeadlockVictim());
  }

  @Test
  void failed_knownNumber_namesItsError() {
    assertEquals(Optional.of(MySqlError.ER_DUP_ENTRY), new StepOutcome.Failed(1062).error());
    assertEquals(Optional.empty(), new StepOutcome.Failed(9999).error());
    assertEquals(StepOutcome.Failed.of(MySqlError.ER_LOCK_NOWAIT), new StepOutcome.Failed(3572));
  }
}
