package dev.innosim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementScannerTest {
  @Test
  void feed_semicolonInCommentsAndQuotes_doesNotEndTheStatement() {
    StatementScanner s = new StatementScanner();
    assertFalse(s.feed("UPDATE t SET v = ';' -- not the end;"));
    assertFalse(s.feed("  # nor this;"));
    assertFalse(s.feed("  /* nor; "));
    assertTrue(s.inQuoteOrComment());
    assertFalse(s.feed("   this; */ WHERE `a;b` = 1"));
    assertTrue(s.feed("  ; -- expect: ok"));
    assertEquals(" -- expect: ok", s.rest());
    assertTrue(s.sql().startsWith("UPDATE t SET v = ';' -- not the end;\n"));
  }

  @Test
  void splitLines_crLfCrAndBom_areLineBreaksAndDropped() {
    assertEquals(List.of("a", "b", "c", "", "d"), ScenarioParser.splitLines("\uFEFFa\r\nb\rc\n\nd\n"));
  }
}
