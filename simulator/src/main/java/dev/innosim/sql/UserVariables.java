package dev.innosim.sql;

import dev.innosim.schema.Value;
import java.util.Optional;
import java.util.function.Function;

/**
 * Binds the user variables of a statement to their session values before it is planned: for the
 * optimizer {@code @x} is a constant ({@code id = @x} is a unique lookup: sql14-user-variables-rr,
 * both servers); stateless.
 */
public final class UserVariables {
  private UserVariables() {}

  /** The statement with every {@code @name} replaced by {@code values.apply(name)} (NULL when unset). */
  public static Statement bind(Statement st, Function<String, Value> values) {
    if (st instanceof Statement.Select s) return select(s, values);
    if (st instanceof Statement.Update u) {
      return new Statement.Update(u.text(), u.table(), u.assignments().stream().map(a -> assignment(a, values)).toList(),
          where(u.where(), values), u.hint(), u.orderBy(), u.limit());
    }
    if (st instanceof Statement.Delete d) {
      return new Statement.Delete(d.text(), d.table(), where(d.where(), values), d.hint(), d.orderBy(), d.limit());
    }
    if (st instanceof Statement.Insert i) {
      return new Statement.Insert(i.text(), i.table(), i.columns(),
          i.rows().stream().map(r -> r.stream().map(x -> bind(x, values)).toList()).toList(),
          i.source().map(s -> select(s, values)), i.replace(), i.ignore(),
          i.onDuplicate().stream().map(a -> assignment(a, values)).toList());
    }
    if (st instanceof Statement.SetUserVariable v) {
      return new Statement.SetUserVariable(v.text(), v.name(), bind(v.value(), values));
    }
    return st;
  }

  /** The expression with every {@code @name} replaced by its value. */
  public static Expr bind(Expr e, Function<String, Value> values) {
    return Exprs.map(e, x -> x instanceof Expr.UserVar v ? new Expr.Literal(values.apply(v.name())) : x);
  }

  private static Statement.Select select(Statement.Select s, Function<String, Value> values) {
    return new Statement.Select(s.text(), s.table(), s.columns(), s.referencedColumns(), s.selectsOnlyColumns(),
        where(s.where(), values), s.lock(), s.waitPolicy(), s.hint(), s.orderBy(), s.limit(),
        s.items().stream().map(x -> bind(x, values)).toList());
  }

  private static Optional<Expr> where(Optional<Expr> w, Function<String, Value> values) {
    return w.map(x -> bind(x, values));
  }

  private static Statement.Assignment assignment(Statement.Assignment a, Function<String, Value> values) {
    return new Statement.Assignment(a.column(), bind(a.value(), values));
  }
}
