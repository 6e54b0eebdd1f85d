package dev.innosim.deadlock;

import dev.innosim.index.Rec;
import dev.innosim.lock.LockRules;
import dev.innosim.lock.LockStruct;
import dev.innosim.lock.LockSys;
import dev.innosim.lock.TableLock;
import dev.innosim.lock.TrxLocks;
import dev.innosim.profile.ServerProfile;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deadlock search and victim choice; stateless.
 *
 * <p>MariaDB and MySQL 8.0 give every waiting transaction exactly one edge, to the transaction it
 * was recorded as waiting for ({@code wait_trx}, {@code blocking_trx}), and follow those edges.
 * MySQL 5.7 searches depth-first through every conflicting lock ahead in each queue.
 *
 * <p>Example: T1 waits for T2 (row 2) and T2 now asks for row 1, held by T1. Following the edges
 * from T2 gives T2 → T1 → T2: a cycle of two. Both weigh 3 (IX + record lock + waiting lock, no
 * undo): the requester T2 is the victim.
 */
public final class Deadlock {
  private Deadlock() {}

  /**
   * A cycle and the transaction to roll back; an immutable value.
   *
   * @param members  the cycle in wait-for order, starting with the member reached first from the requester
   * @param tooDeep  5.7 gave up ({@code TOO DEEP OR LONG SEARCH}): the requester is rolled back
   */
  public record Cycle(List<TrxLocks> members, TrxLocks victim, boolean tooDeep) {
    public Cycle { members = List.copyOf(members); }

    public Cycle(List<TrxLocks> members, TrxLocks victim) {
      this(members, victim, false);
    }
  }

  /** One-edge search with MariaDB's victim choice. */
  public static Optional<Cycle> find(TrxLocks start) {
    return find(start, ServerProfile.MARIADB_10_11, null);
  }

  /** Searches for a cycle through {@code start}'s new wait, the way {@code profile}'s server does. */
  public static Optional<Cycle> find(TrxLocks start, ServerProfile profile, LockSys locks) {
    if (profile.deadlockSearch() == ServerProfile.DeadlockSearch.ALL_LOCKS_AHEAD && locks != null) {
      return searchAhead(start, profile, locks);
    }
    // Floyd's tortoise and hare over the one-edge graph: linear time, no visited set.
    // Example: T1 → T2 → T3 → T2. The hare (two edges at a time) meets the tortoise inside the
    // loop; restarting one pointer at T1 and moving both one edge at a time, they meet at T2,
    // the first member reached from T1.
    TrxLocks slow = start;
    TrxLocks fast = start;
    do {
      fast = next(next(fast));
      if (fast == null) return Optional.empty();
      slow = next(slow);
    } while (slow != fast);
    TrxLocks entry = start;
    while (entry != slow) {
      entry = next(entry);
      slow = next(slow);
    }
    List<TrxLocks> cycle = new ArrayList<>();
    TrxLocks t = entry;
    do {
      cycle.add(t);
      t = t.waitTrx();
    } while (t != entry);
    TrxLocks victim = profile.victimOrder() == ServerProfile.VictimOrder.MOST_RECENT_WAITER_ON_TIE
        ? mostRecentWaiterLast(cycle) : chooseVictim(cycle, start);
    return Optional.of(new Cycle(cycle, victim));
  }

  /** The transaction {@code t} waits for, or null when {@code t} is null or does not wait. */
  private static TrxLocks next(TrxLocks t) {
    return t != null && t.isWaiting() ? t.waitTrx() : null;
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

  /**
   * 8.0 {@code lock_wait_choose_victim}: rotate the cycle so that the most recent waiter is last,
   * take the first as candidate and replace it by every later transaction it weighs at least as much as.
   */
  static TrxLocks mostRecentWaiterLast(List<TrxLocks> cycle) {
    int last = 0;
    for (int i = 1; i < cycle.size(); i++) if (cycle.get(i).waitSeq() > cycle.get(last).waitSeq()) last = i;
    List<TrxLocks> rotated = new ArrayList<>();
    for (int i = 1; i <= cycle.size(); i++) rotated.add(cycle.get((last + i) % cycle.size()));
    TrxLocks candidate = rotated.get(0);
    for (int i = 1; i < rotated.size(); i++) {
      if (candidate.weight() >= rotated.get(i).weight()) candidate = rotated.get(i);
    }
    return candidate;
  }

  /**
   * 5.7 {@code DeadlockChecker::search}: depth first from the requester's waiting lock through every
   * lock ahead of it that it has to wait for, descending into owners that wait themselves. Finding
   * a lock of the requester closes a cycle; (1) is the transaction whose waiting lock was being
   * examined. If (1) weighs at least as much as the requester, the requester is the victim; else (1).
   * Past 200 levels or 1,000,000 steps the search gives up and the requester is the victim.
   */
  static Optional<Cycle> searchAhead(TrxLocks start, ServerProfile profile, LockSys locks) {
    int maxDepth = profile.deadlockSearchLimits().map(ServerProfile.SearchLimits::depth).orElse(Integer.MAX_VALUE);
    int maxSteps = profile.deadlockSearchLimits().map(ServerProfile.SearchLimits::steps).orElse(Integer.MAX_VALUE);
    Map<TrxLocks, Boolean> visited = new IdentityHashMap<>();
    List<TrxLocks> stackTrx = new ArrayList<>();
    List<List<TrxLocks>> stackAhead = new ArrayList<>();
    List<Integer> stackPos = new ArrayList<>();
    stackTrx.add(start);
    stackAhead.add(blockersAhead(start, locks));
    stackPos.add(0);
    visited.put(start, true);
    long steps = 0;
    while (!stackTrx.isEmpty()) {
      int top = stackTrx.size() - 1;
      List<TrxLocks> ahead = stackAhead.get(top);
      int pos = stackPos.get(top);
      if (pos >= ahead.size()) {
        stackTrx.remove(top);
        stackAhead.remove(top);
        stackPos.remove(top);
        continue;
      }
      stackPos.set(top, pos + 1);
      TrxLocks owner = ahead.get(pos);
      if (owner == start) {
        TrxLocks one = stackTrx.get(top);
        TrxLocks victim = one.weight() >= start.weight() ? start : one;
        return Optional.of(new Cycle(new ArrayList<>(stackTrx), victim));
      }
      if (++steps > maxSteps || stackTrx.size() > maxDepth) {
        return Optional.of(new Cycle(new ArrayList<>(stackTrx), start, true));
      }
      if (owner.isWaiting() && !visited.containsKey(owner)) {
        visited.put(owner, true);
        stackTrx.add(owner);
        stackAhead.add(blockersAhead(owner, locks));
        stackPos.add(0);
      }
    }
    return Optional.empty();
  }

  /**
   * The owners of the locks ahead of {@code t}'s waiting lock in its queue that it has to wait for
   * ({@code DeadlockChecker::get_first_lock / get_next_lock} of 5.7).
   */
  static List<TrxLocks> blockersAhead(TrxLocks t, LockSys locks) {
    List<TrxLocks> out = new ArrayList<>();
    if (t.waitingRecordLock() != null) {
      LockStruct w = t.waitingRecordLock();
      Rec r = w.firstRec();
      for (LockStruct s : LockSys.locksOn(r)) {
        if (s == w) break;
        if (LockRules.recordVerdict(s.trx() == t, w.typeMode(), s.typeMode(), r.isSupremum()).mustWait()) out.add(s.trx());
      }
    } else if (t.waitingTableLock() != null) {
      TableLock w = t.waitingTableLock();
      for (TableLock s : locks.tableLocks(w.table())) {
        if (s == w) break;
        if (s.trx() != t && !LockRules.compatible(s.mode(), w.mode())) out.add(s.trx());
      }
    }
    return out;
  }
}
