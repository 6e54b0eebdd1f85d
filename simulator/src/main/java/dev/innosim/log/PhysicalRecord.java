package dev.innosim.log;

import java.util.List;

/**
 * One locked record of a record lock struct: {@code Record lock, heap no 3 PHYSICAL RECORD:
 * n_fields 2; compact format; info bits 32} and its fields; immutable.
 *
 * @param dumped false when the server printed only the heap number (the page was not in the buffer
 *               pool), or an error log lost the dump
 */
public record PhysicalRecord(int heapNo, boolean dumped, int nFields, boolean compact, int infoBits,
                             List<RawField> fields, int line) {
  /** {@code REC_INFO_DELETED_FLAG}. */
  static final int DELETED_FLAG = 0x20;
  /** Heap number of the supremum pseudo-record. */
  static final int SUPREMUM_HEAP_NO = 1;

  public PhysicalRecord {
    fields = List.copyOf(fields);
  }

  /** Whether this is the page's supremum (the gap after its last record). */
  public boolean supremum() { return heapNo == SUPREMUM_HEAP_NO; }

  /** Whether the record carries the delete mark (info bits 32). */
  public boolean deleteMarked() { return (infoBits & DELETED_FLAG) != 0; }
}
