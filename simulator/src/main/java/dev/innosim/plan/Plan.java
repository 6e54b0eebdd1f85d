package dev.innosim.plan;

import java.util.Optional;

/**
 * A statement's plan, made once: the access path, whether the scans run backwards (an ORDER BY
 * ... DESC the index delivers) and the LIMIT that still stops the scan early (empty when a sort
 * makes the server read every row first); immutable.
 */
public record Plan(AccessPath path, boolean descending, Optional<Long> limit) {
  public Plan {
    if (descending && path instanceof AccessPath.Intersect) {
      throw new IllegalArgumentException("an index merge cannot be read backwards");
    }
  }
}
