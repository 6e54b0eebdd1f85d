package dev.innosim.log;

import java.util.List;

/**
 * A locked record decoded with the schema: its fields as values and its key in the lock-line
 * grammar ({@code (20, #2)}, {@code supremum}); immutable. Without a schema, or when the log
 * printed no dump, {@code fields} is empty and {@code lockData} says what is known.
 */
public record DecodedRecord(PhysicalRecord raw, List<DecodedField> fields, String lockData, boolean deleteMarked) {
  public DecodedRecord {
    fields = List.copyOf(fields);
  }
}
