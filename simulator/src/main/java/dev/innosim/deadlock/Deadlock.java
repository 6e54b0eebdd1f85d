package dev.innosim.deadlock;

import dev.innosim.lock.TrxLocks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Deadlock search over the wait-for graph in which every waiting transaction has exactly one
 * edge, to the transaction it was recorded as waiting for (MariaDB's {@code wait_trx}, MySQL 8.0's
 * {@code blocking_trx}); stateless.
 *
 * <p>Example: T1 waits for T2 (row 2) and T2 now asks for row 1, held by T1. Following the edges
 * from T2 gives T2 → T1 → T2: a cycle of two. Both weigh 3 (IX + record lock + waiting lock, no
 * undo): the requester T2 is the victim.
 */
public final class Deadlock {
  private Deadlock() {}

  /** A cycle and the transaction to roll back; an immutable value. */
  public record Cycle(List<TrxLocks> members, TrxLocks victim) {
    public Cycle { members = List.copyOf(members); }
  }

  /**
   * Follows wait-for edges from {@code start}; if they loop, returns the loop (in wait-for order,
   * starting with the member reached first from {@code start}) and its victim.
   */
  public static Optional<Cycle> find(TrxLocks start) {
    List<TrxLocks> path = new ArrayList<>();
    Set<TrxLocks> seen = new HashSet<>();
    TrxLocks t = start;
    while (t != null && t.isWaiting() && seen.add(t)) {
      path.add(t);
      t = t.waitTrx();
    }
    if (t == null || !seen.contains(t)) return Optional.empty();
    List<TrxLocks> cycle = new ArrayList<>(path.subList(path.indexOf(t), path.size()));
    return Optional.of(new Cycle(cycle, chooseVictim(cycle, start)));
  }

  /**
   * MariaDB's {@code Deadlock::report} choice: the lightest transaction ({@code TRX_WEIGHT}); on a tie
   * the requester if it is on the cycle, else the first lightest in wait-for order.
   */
  static TrxLocks chooseVictim(List<TrxLocks> cycle, TrxLocks requester) {
    TrxLocks victim = null;
    for (TrxLocks t : cycle) {
      if (victim == null || t.weight() < victim.weight()) victim = t;
    }
    if (cycle.contains(requester) && requester.weight() == victim.weight()) return requester;
    return victim;
  }
}
