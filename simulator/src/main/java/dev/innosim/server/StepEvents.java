package dev.innosim.server;

import java.util.List;
import java.util.Optional;

/**
 * What issuing one statement led to, up to the moment the server settled: the statement's own end
 * (empty while it waits), statements of other sessions that ended before it ran
 * ({@code releasedBefore}: a session's earlier statement had to time out first) and after it
 * ({@code released}), and the deadlocks found; immutable.
 */
public record StepEvents(Optional<StepOutcome.Final> own, List<Release> releasedBefore, List<Release> released,
                         List<DeadlockEvent> deadlocks) {
  public StepEvents {
    releasedBefore = List.copyOf(releasedBefore);
    released = List.copyOf(released);
    deadlocks = List.copyOf(deadlocks);
  }

  /** Whether the statement is still waiting for a lock. */
  public boolean blocked() { return own.isEmpty(); }
}
