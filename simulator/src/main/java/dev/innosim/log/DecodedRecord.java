package dev.innosim.log;

import java.util.List;

/**
 * A locked record decoded with the schema: its fields as values and its key in the lock-line
 * grammar ({@code (20, #2)}, {@code supremum}); immutable.
 *
 * @param fields   empty without a schema, or when the log printed no dump
 * @param lockData the key as a lock line shows it, or what is known of it ({@code (0x80000014)} without a schema)
 */
public record DecodedRecord(PhysicalRecord raw, List<DecodedField> fields, String lockData, boolean deleteMarked) {
  public DecodedRecord {
    fields = List.copyOf(fields);
  }
}
