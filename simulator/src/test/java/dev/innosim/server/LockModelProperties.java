package dev.innosim.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.mysql.SessionId;
import dev.innosim.profile.ServerProfile;
import dev.innosim.schema.IsolationLevel;
import dev.innosim.server.ModelOp.ReadMode;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * A stateful property over the simulated server: random schedules of BEGIN, locking reads,
 * UPDATE, DELETE, INSERT, COMMIT and ROLLBACK on two small tables, by 2-4 sessions at READ
 * COMMITTED or REPEATABLE READ, on every profile, each statement drawn from the current state
 * when it runs (idle sessions, open transactions, existing keys, keys in gaps) and checked by
 * {@link LockWorld} against the reference model {@link SpecLockModel} after every statement.
 *
 * <p>Run longer: {@code ./mvnw -B -o -pl simulator test -Dtest=LockModelProperties
 * -Dinnosim.refmodel.actions=400 -Djqwik.tries.default=5000} (actions per chain, chains).
 */
class LockModelProperties {
  /** Statements per chain; {@code -Dinnosim.refmodel.actions=N} to run longer. */
  static final int ACTIONS = Integer.getInteger("innosim.refmodel.actions", 100);

  /** The server the next chain starts on (chains are generated while they run, after the parameters). */
  private static final ThreadLocal<LockWorld.Config> NEXT = new ThreadLocal<>();

  @Property(shrinking = ShrinkingMode.FULL)
  void server_randomSchedules_agreeWithTheReferenceModelAfterEveryStatement(
      @ForAll("profiles") ServerProfile profile, @ForAll("isolations") List<IsolationLevel> isolation,
      @ForAll("chains") ActionChain<LockWorld> chain) {
    NEXT.set(new LockWorld.Config(profile, isolation));
    chain.run();
  }

  @AfterProperty
  void countActions() {
    assertTrue(LockWorld.ACTIONS.get() > 0, "the property ran no statement");
  }

  @Provide
  Arbitrary<ServerProfile> profiles() { return Arbitraries.of(ServerProfile.all()); }

  /** One isolation level per session, 2 to 4 sessions. */
  @Provide
  Arbitrary<List<IsolationLevel>> isolations() {
    return Arbitraries.of(IsolationLevel.REPEATABLE_READ, IsolationLevel.READ_COMMITTED).list().ofMinSize(2).ofMaxSize(4);
  }

  @Provide
  Arbitrary<ActionChain<LockWorld>> chains() {
    return ActionChain.<LockWorld>startWith(() -> new LockWorld(NEXT.get()))
        .withAction(3, action(session().map(s -> new Stmt("BEGIN", s, new ModelOp.Control("BEGIN")))))
        .withAction(2, action(session().map(s -> new Stmt("COMMIT", s, new ModelOp.Control("COMMIT")))))
        .withAction(1, action(session().map(s -> new Stmt("ROLLBACK", s, new ModelOp.Control("ROLLBACK")))))
        .withAction(4, action(Combinators.combine(session(), table(), key(), mode()).as((s, t, k, m) ->
            new Stmt("point read " + t + " " + k + " " + m, s, w -> new ModelOp.PointRead(t, k.resolve(w, t), m)))))
        .withAction(2, action(Combinators.combine(session(), kChoice(), mode()).as((s, k, m) ->
            new Stmt("idx_k read k#" + k + " " + m, s, w -> new ModelOp.SecondaryRead(kValue(w, k), m)))))
        .withAction(1, action(Combinators.combine(session(), table(), key(), key(), mode()).as((s, t, a, b, m) ->
            new Stmt("PRIMARY range " + t + " " + a + ".." + b + " " + m, s, w -> {
              int x = a.resolve(w, t);
              int y = b.resolve(w, t);
              return new ModelOp.RangeRead(t, false, Math.min(x, y), Math.max(x, y), m);
            }))))
        .withAction(1, action(Combinators.combine(session(), kChoice(), kChoice(), mode()).as((s, a, b, m) ->
            new Stmt("idx_k range k#" + a + "..k#" + b + " " + m, s, w -> {
              int x = kValue(w, a);
              int y = kValue(w, b);
              return new ModelOp.RangeRead("t", true, Math.min(x, y), Math.max(x, y), m);
            }))))
        .withAction(2, action(Combinators.combine(session(), table(), key(), Arbitraries.of(true, false)).as((s, t, k, upd) ->
            new Stmt((upd ? "update " : "delete ") + t + " " + k, s,
                w -> upd ? new ModelOp.Update(t, k.resolve(w, t)) : new ModelOp.Delete(t, k.resolve(w, t))))))
        .withAction(3, action(Combinators.combine(session(), table(), insertKey(), kChoice()).as((s, t, k, kk) ->
            new Stmt("insert " + t + " " + k + " k#" + kk, s, w -> new ModelOp.Insert(t, k.resolve(w, t),
                t.equals("t") ? Optional.of(kValue(w, kk)) : Optional.empty())))))
        .withMaxTransformations(ACTIONS);
  }

  // ------------------------------------------------------------------ arguments, resolved against the state when the statement runs

  /**
   * One statement: its session and how its SQL follows from the state it runs in. The arguments
   * are drawn once and resolved when the statement runs (the n-th key in a gap, the first idle
   * session...), so removing an earlier statement while shrinking keeps the later ones meaningful.
   */
  record Stmt(String description, int session, java.util.function.Function<LockWorld, ModelOp> op)
      implements Transformer<LockWorld> {
    Stmt(String description, int session, ModelOp control) {
      this(description, session, w -> control);
    }

    @Override public LockWorld apply(LockWorld w) {
      ModelOp o = op.apply(w);
      // COMMIT and ROLLBACK go to an open transaction, BEGIN to a session without one, if there is such a session
      java.util.function.Predicate<SessionId> prefer = o instanceof ModelOp.Control c
          ? (c.sql().equals("BEGIN") ? x -> !w.inTransaction(x) : w::inTransaction) : x -> true;
      w.run(w.pick(session, prefer), o);
      return w;
    }

    @Override public String transformation() { return "T" + session + "~ " + description; }

    @Override public String toString() { return transformation(); }
  }

  static Action.Independent<LockWorld> action(Arbitrary<Stmt> stmt) {
    return () -> stmt.map(x -> x);
  }

  /** A session number; a world with fewer sessions wraps it around. */
  static Arbitrary<Integer> session() { return Arbitraries.integers().between(1, 4); }

  static Arbitrary<ReadMode> mode() { return Arbitraries.of(ReadMode.values()); }

  static Arbitrary<String> table() { return Arbitraries.of("t", "t", "u"); }

  /** The n-th existing key, or the key in the n-th gap; an empty list falls back to the other. */
  record KeyChoice(boolean gap, int index) {
    int resolve(LockWorld w, String table) {
      List<Integer> e = existing(w, table);
      List<Integer> g = gaps(w, table);
      List<Integer> from = gap && !g.isEmpty() || e.isEmpty() ? g : e;
      return from.get(index % from.size());
    }

    @Override public String toString() { return (gap ? "gap#" : "key#") + index; }
  }

  static Arbitrary<KeyChoice> key() {
    return Combinators.combine(Arbitraries.of(false, false, true), Arbitraries.integers().between(0, 7)).as(KeyChoice::new);
  }

  /** Mostly a key in a gap, sometimes an existing one (a duplicate, or the reuse of a deleted row). */
  static Arbitrary<KeyChoice> insertKey() {
    return Combinators.combine(Arbitraries.of(true, true, true, false), Arbitraries.integers().between(0, 7)).as(KeyChoice::new);
  }

  static Arbitrary<Integer> kChoice() { return Arbitraries.integers().between(0, 7); }

  /** PRIMARY keys of the table that exist now (live or delete-marked). */
  static List<Integer> existing(LockWorld w, String table) { return List.copyOf(w.rows.rows(table).keySet()); }

  /** One key inside each gap between existing keys, and one after the last. */
  static List<Integer> gaps(LockWorld w, String table) {
    int max = table.equals("t") ? 99 : 9;
    NavigableSet<Integer> keys = new TreeSet<>(w.rows.rows(table).keySet());
    List<Integer> out = new ArrayList<>();
    int prev = 0;
    for (int k : keys) {
      if (k - prev >= 2) out.add(prev + (k - prev) / 2);
      prev = k;
    }
    if (prev < max) out.add(prev + (max - prev + 1) / 2);
    return out;
  }

  /** The n-th of the k values of existing idx_k entries and their neighbours (0..5). */
  static int kValue(LockWorld w, int n) {
    TreeSet<Integer> ks = new TreeSet<>(w.rows.kValues());
    for (int k : List.copyOf(ks)) {
      ks.add(k - 1);
      ks.add(k + 1);
    }
    ks.removeIf(k -> k < 0 || k > 5);
    List<Integer> l = List.copyOf(ks);
    return l.isEmpty() ? n % 6 : l.get(n % l.size());
  }
}
