package dev.innosim.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextsTest {
  @Test
  void cut_longText_keeps120CharactersAndSaysTheLength() {
    assertEquals("a".repeat(120) + "... (100000 characters)", Texts.cut("a".repeat(100_000)));
    assertEquals("short", Texts.cut("short"));
  }

  @Test
  void message_controlCharacters_becomeSpaces() {
    assertEquals("line one line two", Texts.message("line one\rline two"));
  }

  @Test
  void message_longWordsAndLongMessages_areCut() {
    String m = Texts.message("unknown column '" + "x".repeat(50_000) + "' in: " + "UPDATE t SET v = 1 ".repeat(1000));
    assertTrue(m.length() < 1000, m);
    assertTrue(m.contains("... (50002 characters)"), m);
    assertTrue(m.endsWith(" characters)"), m);
  }

  @Test
  void blankComments_everyStyle_becomesSpacesButQuotesStay() {
    assertEquals("SELECT 1 " + " ".repeat(6) + "\nFROM t " + " ".repeat(7) + ";", Lexer.blankComments("SELECT 1 -- x ;\nFROM t /* y */;"));
    assertEquals("SELECT '-- not # a /* comment'  ", Lexer.blankComments("SELECT '-- not # a /* comment' #"));
  }

  @Test
  void shortNumber_hugeLiterals_takeTheServersValue() {
    assertEquals("9".repeat(65), Literals.shortNumber("1" + "0".repeat(2000), 1000));
    assertEquals("12." + "3".repeat(38), Literals.shortNumber("12." + "3".repeat(2000), 1000));
  }
}
