package dev.innosim.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What one step (or the end of the script) causes, collected while it runs: the outcome of its
 * own statement, the statements of other sessions that ended, the deadlocks found, and the
 * transactions granted a lock that still have to resume; mutable, lives for one step.
 */
final class StepContext {
  /** The statement the step issued, or null (session statements, the timeout before a step). */
  private Exec own;
  private Outcome ownOutcome = Outcome.OK;
  private final List<Engine.Release> released = new ArrayList<>();
  private final List<Engine.DeadlockReport> deadlocks;
  private final Deque<Trx> runQueue = new ArrayDeque<>();

  /** @param deadlocks where deadlocks go (shared by the timeout phase before a step and the step itself) */
  StepContext(List<Engine.DeadlockReport> deadlocks) {
    this.deadlocks = deadlocks;
  }

  void issue(Exec e) { own = e; }

  /** The step's own statement failed before running (an error outcome, no statement). */
  void fail(Outcome o) { ownOutcome = o; }

  /** A statement ended: the step's own one sets the step's outcome, any other is a release. */
  void ended(Exec e, Outcome o) {
    if (e == own && !e.reportedBlocked) {
      ownOutcome = o;
    } else {
      released.add(new Engine.Release(e.session.name, e.stepNo, o));
    }
  }

  /** A statement stopped at its pause point: the step's own one is the step's outcome, any other is a release. */
  void paused(Exec e) {
    ended(e, Outcome.PAUSED);
    e.reportedBlocked = true;
  }

  /** After everything ran: the step's own statement still waits, so the step reports it blocked. */
  void settle() {
    if (own != null && own.session.current == own && ownOutcome == Outcome.OK) {
      ownOutcome = Outcome.BLOCKED;
      own.reportedBlocked = true;
    }
  }

  /** A waiting statement timed out. */
  void timedOut(Engine.Release r) { released.add(r); }

  void deadlock(Engine.DeadlockReport d) { deadlocks.add(d); }

  /** Queues transactions whose lock was granted (or whose wait was cancelled) to resume. */
  void wake(List<Trx> ts) { runQueue.addAll(ts); }

  void wake(Trx t) { runQueue.add(t); }

  /** The next transaction to resume, or null. */
  Trx nextToRun() { return runQueue.poll(); }

  Outcome outcome() { return ownOutcome; }

  /** The releases in step order. */
  List<Engine.Release> releases() {
    List<Engine.Release> out = new ArrayList<>(released);
    out.sort((a, b) -> Integer.compare(a.stepNo(), b.stepNo()));
    return out;
  }

  /** The releases in the order they happened. */
  List<Engine.Release> releasesUnsorted() { return released; }

  List<Engine.DeadlockReport> deadlocks() { return deadlocks; }
}
