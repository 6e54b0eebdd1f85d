package dev.innosim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.innosim.schema.ColumnType;
import dev.innosim.schema.Value;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The values explore tries for a parameter without a domain. */
class ValueClassesTest {
  private static List<String> values(ColumnType t, List<Value> data, int k) {
    return ValueClasses.classes(t, data, k).stream().map(c -> c[0]).toList();
  }

  @Test
  void classes_emptyStringColumnWithThreeParameters_offersThreeDistinctValues() {
    // Quartz's QRTZ_LOCKS on a fresh schema: three nodes' lock names may be equal or differ
    assertEquals(List.of("''", "'!'", "'!!'"), values(ColumnType.varchar(40), List.of(), 3));
  }

  @Test
  void classes_datetimeKeys_areFullLiterals() {
    Value at = new Value.DateTime(LocalDateTime.of(2024, 1, 1, 9, 58, 0));
    assertEquals(List.of("'2024-01-01 09:58:00'"), values(ColumnType.of(ColumnType.Kind.DATETIME), List.of(at), 1));
  }
}
