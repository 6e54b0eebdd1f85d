package dev.innosim.plan;

import java.util.List;
import java.util.Optional;

/**
 * A statement's plan, made once: the access path, whether the scans run backwards (an ORDER BY
 * ... DESC the index delivers), the LIMIT that still stops the scan early (empty when a sort
 * makes the server read every row first) and, for an UPDATE or DELETE that sorts before its
 * LIMIT, the sort columns and that LIMIT; immutable.
 */
public record Plan(AccessPath path, boolean descending, Optional<Long> limit, Sort sort) {
  /** An UPDATE's or DELETE's filesort: every row is read (and locked) first, then sorted, then the first {@code limit} changed. */
  public record Sort(List<String> columns, boolean descending, Optional<Long> limit) {
    public static final Sort NONE = new Sort(List.of(), false, Optional.empty());

    public Sort {
      columns = List.copyOf(columns);
    }

    public boolean isPresent() {
      return !columns.isEmpty();
    }
  }

  public Plan {
    if (descending && path instanceof AccessPath.Intersect) {
      throw new IllegalArgumentException("an index merge cannot be read backwards");
    }
  }

  public Plan(AccessPath path, boolean descending, Optional<Long> limit) {
    this(path, descending, limit, Sort.NONE);
  }
}
