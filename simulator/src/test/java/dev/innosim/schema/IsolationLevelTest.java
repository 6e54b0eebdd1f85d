package dev.innosim.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IsolationLevelTest {
  @Test
  void parse_spellings_recognized() {
    assertEquals(Optional.of(IsolationLevel.REPEATABLE_READ), IsolationLevel.parse("REPEATABLE READ"));
    assertEquals(Optional.of(IsolationLevel.READ_COMMITTED), IsolationLevel.parse("read-committed"));
    assertEquals(Optional.of(IsolationLevel.READ_UNCOMMITTED), IsolationLevel.parse("READ_UNCOMMITTED"));
    assertEquals(Optional.of(IsolationLevel.READ_COMMITTED), IsolationLevel.parse("rc"));
    assertEquals(Optional.of(IsolationLevel.SERIALIZABLE), IsolationLevel.parse(" Serializable "));
    assertEquals(Optional.empty(), IsolationLevel.parse("SNAPSHOT"));
  }

  @Test
  void sqlName_spacesBetweenWords() {
    assertEquals("REPEATABLE READ", IsolationLevel.REPEATABLE_READ.sqlName());
  }
}
