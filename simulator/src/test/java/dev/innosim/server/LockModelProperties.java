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
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * A stateful property over the simulated server: random schedules of BEGIN, locking reads,
 * UPDATE, DELETE, INSERT, COMMIT and ROLLBACK on two small tables, by 2-4 sessions at READ
 * COMMITTED or REPEATABLE READ, on every profile, each statement drawn from the current state
 * (idle sessions, open transactions, existing keys, keys in gaps) and checked by
 * {@link LockWorld} against the reference model {@link SpecLockModel} after every statement.
 *
 * <p>Run longer: {@code ./mvnw -B -o -pl simulator test -Dtest=LockModelProperties
 * -Dinnosim.refmodel.actions=400 -Djqwik.tries.default=5000} (actions per chain, chains).
 */
class LockModelProperties {
  /** Statements per chain; {@code -Dinnosim.refmodel.actions=N} to run longer. */
  static final int ACTIONS = Integer.getInteger("innosim.refmodel.actions", 100);

  @Property
  void server_randomSchedules_agreeWithTheReferenceModelAfterEveryStatement(@ForAll("chains") ActionChain<LockWorld> chain) {
    chain.run();
  }

  @AfterProperty
  void countActions() {
    assertTrue(LockWorld.ACTIONS.get() > 0, "the property ran no statement");
  }

  @Provide
  Arbitrary<ActionChain<LockWorld>> chains() {
    Arbitrary<ServerProfile> profile = Arbitraries.of(ServerProfile.all());
    Arbitrary<List<IsolationLevel>> isolation = Arbitraries.of(IsolationLevel.REPEATABLE_READ, IsolationLevel.READ_COMMITTED)
        .list().ofMinSize(2).ofMaxSize(4);
    return Combinators.combine(profile, isolation).flatAs((p, iso) ->
        ActionChain.<LockWorld>startWith(() -> new LockWorld(p, iso))
            .withAction(3, new Begin())
            .withAction(2, new Finish("COMMIT"))
            .withAction(1, new Finish("ROLLBACK"))
            .withAction(4, new PointRead())
            .withAction(2, new SecondaryRead())
            .withAction(2, new RangeRead())
            .withAction(2, new UpdateOrDelete())
            .withAction(3, new Insert())
            .withMaxTransformations(ACTIONS));
  }

  // ------------------------------------------------------------------ what the actions draw from

  static Arbitrary<SessionId> idle(LockWorld w) { return Arbitraries.of(w.idle()); }

  static Arbitrary<ReadMode> mode() { return Arbitraries.of(ReadMode.values()); }

  static Arbitrary<String> table() { return Arbitraries.of("t", "t", "u"); }

  /** PRIMARY keys of the table that exist now (live or delete-marked). */
  static List<Integer> existing(LockWorld w, String table) { return List.copyOf(w.rows.rows(table).keySet()); }

  /** One key inside each gap between existing keys, and one before the first and after the last. */
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

  /** A key that exists or one in a gap, in either table. */
  static Arbitrary<Integer> key(LockWorld w, String table) {
    List<Integer> e = existing(w, table);
    List<Integer> g = gaps(w, table);
    if (e.isEmpty()) return Arbitraries.of(g);
    if (g.isEmpty()) return Arbitraries.of(e);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, Arbitraries.of(e)), net.jqwik.api.Tuple.of(1, Arbitraries.of(g)));
  }

  /** A k value of an existing idx_k entry or one next to them. */
  static Arbitrary<Integer> kValue(LockWorld w) {
    TreeSet<Integer> ks = new TreeSet<>(w.rows.kValues());
    for (int k : List.copyOf(ks)) {
      ks.add(k - 1);
      ks.add(k + 1);
    }
    ks.removeIf(k -> k < 0 || k > 5);
    return Arbitraries.of(List.copyOf(ks));
  }

  static Transformer<LockWorld> statement(SessionId s, ModelOp op) {
    return Transformer.mutate(s + ": " + op.sql(), w -> w.run(s, op));
  }

  // ------------------------------------------------------------------ the actions

  /** {@code BEGIN} in an idle session (one without a transaction, mostly). */
  static final class Begin implements Action.Dependent<LockWorld> {
    @Override public boolean precondition(LockWorld w) { return !w.idle().isEmpty(); }

    @Override public Arbitrary<Transformer<LockWorld>> transformer(LockWorld w) {
      List<SessionId> fresh = w.idle().stream().filter(s -> !w.inTransaction(s)).toList();
      return Arbitraries.of(fresh.isEmpty() ? w.idle() : fresh).map(s -> statement(s, new ModelOp.Control("BEGIN")));
    }
  }

  /** {@code COMMIT} or {@code ROLLBACK} of an open transaction whose session is not waiting. */
  static final class Finish implements Action.Dependent<LockWorld> {
    private final String sql;

    Finish(String sql) { this.sql = sql; }

    @Override public boolean precondition(LockWorld w) { return !w.inTransaction().isEmpty(); }

    @Override public Arbitrary<Transformer<LockWorld>> transformer(LockWorld w) {
      return Arbitraries.of(w.inTransaction()).map(s -> statement(s, new ModelOp.Control(sql)));
    }
  }

  /** A point FOR UPDATE / LOCK IN SHARE MODE on PRIMARY, of an existing key or one in a gap. */
  static final class PointRead implements Action.Dependent<LockWorld> {
    @Override public boolean precondition(LockWorld w) { return !w.idle().isEmpty(); }

    @Override public Arbitrary<Transformer<LockWorld>> transformer(LockWorld w) {
      return table().flatMap(t -> Combinators.combine(idle(w), key(w, t), mode())
          .as((s, id, m) -> statement(s, new ModelOp.PointRead(t, id, m))));
    }
  }

  /** A point locking read on idx_k. */
  static final class SecondaryRead implements Action.Dependent<LockWorld> {
    @Override public boolean precondition(LockWorld w) { return !w.idle().isEmpty(); }

    @Override public Arbitrary<Transformer<LockWorld>> transformer(LockWorld w) {
      return Combinators.combine(idle(w), kValue(w), mode()).as((s, k, m) -> statement(s, new ModelOp.SecondaryRead(k, m)));
    }
  }

  /** A BETWEEN locking read on PRIMARY or idx_k with bounds at keys or in gaps. */
  static final class RangeRead implements Action.Dependent<LockWorld> {
    @Override public boolean precondition(LockWorld w) { return !w.idle().isEmpty(); }

    @Override public Arbitrary<Transformer<LockWorld>> transformer(LockWorld w) {
      Arbitrary<ModelOp> primary = table().flatMap(t -> Combinators.combine(key(w, t), key(w, t), mode())
          .as((a, b, m) -> new ModelOp.RangeRead(t, false, Math.min(a, b), Math.max(a, b), m)));
      Arbitrary<ModelOp> secondary = Combinators.combine(kValue(w), kValue(w), mode())
          .as((a, b, m) -> new ModelOp.RangeRead("t", true, Math.min(a, b), Math.max(a, b), m));
      return Combinators.combine(idle(w), Arbitraries.oneOf(primary, secondary)).as(LockModelProperties::statement);
    }
  }

  /** {@code UPDATE ... WHERE id = c} or {@code DELETE ... WHERE id = c}. */
  static final class UpdateOrDelete implements Action.Dependent<LockWorld> {
    @Override public boolean precondition(LockWorld w) { return !w.idle().isEmpty(); }

    @Override public Arbitrary<Transformer<LockWorld>> transformer(LockWorld w) {
      return table().flatMap(t -> Combinators.combine(idle(w), key(w, t), Arbitraries.of(true, false))
          .as((s, id, upd) -> statement(s, upd ? new ModelOp.Update(t, id) : new ModelOp.Delete(t, id))));
    }
  }

  /** An INSERT into a gap, mostly, or of an existing key (a duplicate, or the reuse of a deleted row). */
  static final class Insert implements Action.Dependent<LockWorld> {
    @Override public boolean precondition(LockWorld w) { return !w.idle().isEmpty(); }

    @Override public Arbitrary<Transformer<LockWorld>> transformer(LockWorld w) {
      return table().flatMap(t -> {
        List<Integer> g = gaps(w, t);
        Arbitrary<Integer> id = g.isEmpty() ? Arbitraries.of(existing(w, t))
            : Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.of(g)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(existing(w, t))));
        Arbitrary<Optional<Integer>> k = t.equals("t") ? kValue(w).map(Optional::of) : Arbitraries.just(Optional.empty());
        return Combinators.combine(idle(w), id, k).as((s, i, kk) -> statement(s, new ModelOp.Insert(t, i, kk)));
      });
    }
  }
}
