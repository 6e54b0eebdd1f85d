package dev.innosim.sql;

import dev.innosim.schema.Value;
import dev.innosim.schema.Values;
import dev.innosim.sql.DmlParser.Locking;
import dev.innosim.sql.Statement.Assignment;
import dev.innosim.sql.Statement.IndexHint;
import dev.innosim.sql.Statement.LockClause;
import dev.innosim.sql.Statement.OrderBy;
import dev.innosim.sql.Statement.WaitPolicy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.expression.DateTimeLiteralExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimeKeyExpression;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Division;
import net.sf.jsqlparser.expression.operators.arithmetic.Multiplication;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsDistinctExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.Limit;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;

import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

/**
 * Turns JSqlParser's tree for one DML statement into innosim's model, rejecting every construct
 * the model cannot express. Single-use: one instance per statement (it knows the table alias).
 */
final class Converter {
  final String text;
  /** Long string literals by the short placeholder the rewrite gave JSqlParser instead ({@link DmlParser}). */
  final Map<String, String> longStrings;
  String table;
  String alias;

  Converter(String text) {
    this(text, Map.of());
  }

  Converter(String text, Map<String, String> longStrings) {
    this.text = text;
    this.longStrings = longStrings;
  }

  Statement convert(net.sf.jsqlparser.statement.Statement st, boolean replace, Optional<IndexHint> hint, Locking locking) {
    if (st instanceof PlainSelect ps && ps.getFromItem() == null && hint.isEmpty()
        && locking.lock() == LockClause.NONE && noTableClauses(ps)) {
      systemVariablesRead = new ArrayList<>();
      for (SelectItem<?> item : ps.getSelectItems()) expr(item.getExpression());
      return new Statement.SelectNoTable(text, systemVariablesRead);
    }
    if (st instanceof Select s) return select(s, text, hint, locking);
    if (st instanceof Insert i) return insert(i, replace, hint, locking);
    if (st instanceof Update u) return update(u, hint);
    if (st instanceof Delete d) return delete(d, hint);
    throw SqlParser.unsupportedStatement(text);
  }

  // ---------------------------------------------------------------- statements

  /**
   * The system variables a standalone SELECT without FROM reads (null elsewhere: not allowed):
   * their values are not modelled, only that the server knows them and that no table is read.
   */
  private List<String> systemVariablesRead;

  private static boolean noTableClauses(PlainSelect ps) {
    return ps.getWhere() == null && ps.getGroupBy() == null && ps.getHaving() == null && ps.getLimit() == null
        && ps.getOrderByElements() == null && (ps.getIntoTables() == null || ps.getIntoTables().isEmpty())
        && (ps.getWithItemsList() == null || ps.getWithItemsList().isEmpty());
  }

  /** The expression of {@code SET @v = expression}, read as the select list of {@code SELECT expression}. */
  Expr setValue(net.sf.jsqlparser.statement.Statement st) {
    if (!(st instanceof PlainSelect ps) || ps.getFromItem() != null || !noTableClauses(ps) || ps.getSelectItems().size() != 1) {
      throw unsupported("value of a user variable", st.toString());
    }
    return expr(ps.getSelectItems().get(0).getExpression());
  }

  /** A select-list expression that could not be converted (fatal only for INSERT ... SELECT). */
  private SqlException itemsError;

  private Statement select(Select s, String selectText, Optional<IndexHint> hint, Locking locking) {
    if (s.getWithItemsList() != null && !s.getWithItemsList().isEmpty()) throw unsupported("WITH", s.toString());
    if (!(s instanceof PlainSelect ps)) {
      if (s instanceof net.sf.jsqlparser.statement.select.Values) throw unsupported("VALUES as a query", s.toString());
      throw unsupported("compound or parenthesized SELECT", s.toString());
    }
    if (ps.getFromItem() == null) throw unsupported("SELECT without FROM", ps.toString());
    if (!(ps.getFromItem() instanceof Table t)) throw unsupported("subquery in FROM", ps.getFromItem().toString());
    setTable(t);
    if (ps.getJoins() != null && !ps.getJoins().isEmpty()) return new JoinConverter(this).select(ps, hint, locking);
    if (ps.getGroupBy() != null) throw unsupported("GROUP BY", ps.getGroupBy().toString().strip());
    if (ps.getHaving() != null) throw unsupported("HAVING", ps.getHaving().toString());
    if (ps.getIntoTables() != null && !ps.getIntoTables().isEmpty()) throw unsupported("SELECT INTO", ps.toString());
    if (ps.getWindowDefinitions() != null && !ps.getWindowDefinitions().isEmpty()) throw unsupported("WINDOW", ps.toString());
    if (ps.getOffset() != null || ps.getFetch() != null) throw unsupported("OFFSET/FETCH", ps.toString());
    if (ps.getForMode() != null || ps.isNoWait() || ps.isSkipLocked() || ps.getWait() != null) {
      throw unsupported("locking clause", ps.toString());
    }
    Set<String> referenced = new LinkedHashSet<>();
    List<String> columns = new ArrayList<>();
    boolean star = false;
    boolean onlyColumns = true;
    List<Expr> items = new ArrayList<>();
    for (SelectItem<?> item : ps.getSelectItems()) {
      Expression e = item.getExpression();
      if (e instanceof AllColumns) {
        star = true;
      } else if (e instanceof Column col && !isBooleanLiteral(col)) {
        String name = columnName(col);
        columns.add(name);
        referenced.add(name);
        items.add(new Expr.Column(name));
      } else {
        onlyColumns = false;
        collectColumns(e, referenced);
        try {
          items.add(expr(e));
        } catch (SqlException ex) {
          // a locking SELECT may compute anything (COUNT(*)); only INSERT ... SELECT needs the values
          itemsError = ex;
        }
      }
    }
    if (star) {
      columns.clear();
      items.clear();
    }
    Optional<Expr> where = Optional.ofNullable(ps.getWhere()).map(this::expr);
    where.ifPresent(w -> collectColumns(w, referenced));
    List<OrderBy> orderBy = orderBy(ps.getOrderByElements());
    orderBy.forEach(o -> referenced.add(o.column()));
    return new Statement.Select(selectText, table, columns, List.copyOf(referenced), onlyColumns, where,
        locking.lock(), locking.waitPolicy(), hint, orderBy, limit(ps.getLimit()), items);
  }

  private Statement.Insert insert(Insert ins, boolean replace, Optional<IndexHint> hint, Locking locking) {
    if (ins.getWithItemsList() != null && !ins.getWithItemsList().isEmpty()) throw unsupported("WITH", ins.toString());
    if (ins.getModifierPriority() != null) throw unsupported(ins.getModifierPriority().name(), ins.toString());
    if (ins.getReturningClause() != null) throw unsupported("RETURNING", ins.getReturningClause().toString());
    if (ins.getConflictAction() != null || ins.getConflictTarget() != null) throw unsupported("ON CONFLICT", ins.toString());
    setTable(ins.getTable());
    String target = table;
    List<String> columns = new ArrayList<>();
    if (ins.getColumns() != null) {
      for (Column c : ins.getColumns()) columns.add(columnName(c));
    }
    List<List<Expr>> rows = new ArrayList<>();
    Optional<Statement.Select> source = Optional.empty();
    if (ins.getSetUpdateSets() != null && !ins.getSetUpdateSets().isEmpty()) {
      List<Expr> row = new ArrayList<>();
      for (Assignment a : assignments(ins.getSetUpdateSets())) {
        columns.add(a.column());
        row.add(a.value());
      }
      rows.add(row);
    } else if (ins.getSelect() instanceof net.sf.jsqlparser.statement.select.Values) {
      ExpressionList<?> list = ins.getValues().getExpressions();
      boolean rowsAreLists = list.stream().allMatch(e -> e instanceof ExpressionList<?>);
      if (rowsAreLists) {
        for (Expression e : list) rows.add(exprs((ExpressionList<?>) e));
      } else {
        rows.add(exprs(list));  // VALUES (1, 2): one row whose parentheses JSqlParser dropped
      }
    } else if (ins.getSelect() instanceof PlainSelect constant && constant.getFromItem() == null) {
      // INSERT ... SELECT 15: a SELECT without FROM yields one row of constants and reads no table
      if (constant.getWhere() != null || constant.getGroupBy() != null || constant.getLimit() != null) {
        throw unsupported("SELECT without FROM with a WHERE, GROUP BY or LIMIT", constant.toString());
      }
      List<Expr> row = new ArrayList<>();
      for (net.sf.jsqlparser.statement.select.SelectItem<?> item : constant.getSelectItems()) {
        row.add(expr(item.getExpression()));
      }
      rows.add(row);
    } else if (ins.getSelect() != null) {
      if (hint.isPresent()) {
        // the hint belongs to the source SELECT
      }
      Converter sub = new Converter(text, longStrings);
      String selectText = text.substring(indexOfSelect(text));
      Statement src = sub.select(ins.getSelect(), selectText.strip(), hint, locking);
      if (!(src instanceof Statement.Select plain)) throw unsupported("join in INSERT ... SELECT", ins.getSelect().toString());
      source = Optional.of(plain);
      if (sub.itemsError != null) throw sub.itemsError;
      hint = Optional.empty();
      locking = Locking.NONE;
    } else {
      throw unsupported("INSERT form", ins.toString());
    }
    Set<String> distinct = new java.util.HashSet<>();
    for (String c : columns) {
      if (!distinct.add(c)) throw new SqlException("column '" + Texts.cut(c) + "' specified twice (error 1110)");
    }
    if (hint.isPresent()) throw unsupported("index hint in INSERT", text);
    if (locking.lock() != LockClause.NONE) throw unsupported("locking clause in INSERT ... VALUES", text);
    if (!columns.isEmpty()) {
      for (int r = 0; r < rows.size(); r++) {
        if (rows.get(r).size() != columns.size()) {
          throw new SqlException("column count doesn't match value count at row " + (r + 1));
        }
      }
    }
    table = target;
    alias = null;
    List<Assignment> onDuplicate = List.of();
    if (ins.getDuplicateUpdateSets() != null && !ins.getDuplicateUpdateSets().isEmpty()) {
      onDuplicate = assignments(ins.getDuplicateUpdateSets());
    }
    return new Statement.Insert(text, target, columns, rows, source, replace, ins.isModifierIgnore(), onDuplicate);
  }

  private static int indexOfSelect(String s) {
    List<Lexer.Token> tokens = Lexer.tokenize(s);
    for (Lexer.Token t : tokens) {
      if (t.isWord("SELECT")) return t.start();
    }
    return 0;
  }

  private Statement update(Update u, Optional<IndexHint> hint) {
    if (u.getWithItemsList() != null && !u.getWithItemsList().isEmpty()) throw unsupported("WITH", u.toString());
    if (u.getJoins() != null && !u.getJoins().isEmpty() || u.getFromItem() != null) {
      throw unsupported("multi-table UPDATE", u.toString());
    }
    if (u.getStartJoins() != null && !u.getStartJoins().isEmpty()) return new JoinConverter(this).update(u, hint);
    if (u.isModifierIgnore()) throw unsupported("UPDATE IGNORE", u.toString());
    if (u.getModifierPriority() != null) throw unsupported(u.getModifierPriority().name(), u.toString());
    if (u.getReturningClause() != null || u.getOutputClause() != null) throw unsupported("RETURNING", u.toString());
    setTable(u.getTable());
    if (u.getTable().getIndexHint() != null) throw unsupported("index hint", u.getTable().getIndexHint().toString());
    List<Assignment> sets = assignments(u.getUpdateSets());
    Optional<Expr> where = Optional.ofNullable(u.getWhere()).map(this::expr);
    return new Statement.Update(text, table, sets, where, hint, orderBy(u.getOrderByElements()), limit(u.getLimit()));
  }

  private Statement delete(Delete d, Optional<IndexHint> hint) {
    if (d.getWithItemsList() != null && !d.getWithItemsList().isEmpty()) throw unsupported("WITH", d.toString());
    if (d.getUsingList() != null && !d.getUsingList().isEmpty()) throw unsupported("DELETE ... USING", d.toString());
    if (d.getTables() != null && !d.getTables().isEmpty() && d.getJoins() != null && !d.getJoins().isEmpty()) {
      return new JoinConverter(this).delete(d, hint);
    }
    if ((d.getTables() != null && !d.getTables().isEmpty()) || (d.getJoins() != null && !d.getJoins().isEmpty())) {
      throw unsupported("multi-table DELETE", d.toString());
    }
    if (d.isModifierIgnore()) throw unsupported("DELETE IGNORE", d.toString());
    if (d.isModifierQuick()) throw unsupported("DELETE QUICK", d.toString());
    if (d.getModifierPriority() != null) throw unsupported(d.getModifierPriority().name(), d.toString());
    if (d.getReturningClause() != null || d.getOutputClause() != null) throw unsupported("RETURNING", d.toString());
    setTable(d.getTable());
    Optional<Expr> where = Optional.ofNullable(d.getWhere()).map(this::expr);
    return new Statement.Delete(text, table, where, hint, orderBy(d.getOrderByElements()), limit(d.getLimit()));
  }

  // ---------------------------------------------------------------- pieces

  void setTable(Table t) {
    if (t.getSchemaName() != null) throw unsupported("qualified table name", t.getFullyQualifiedName());
    if (t.getIndexHint() != null) throw unsupported("index hint", t.getIndexHint().toString());
    table = unquoteTable(t.getName());
    alias = t.getAlias() == null ? null : unquoteTable(t.getAlias().getName());
  }

  List<Assignment> assignments(List<UpdateSet> sets) {
    List<Assignment> out = new ArrayList<>();
    for (UpdateSet us : sets) {
      if (us.getColumns().size() != 1 || us.getValues().size() != 1) {
        throw unsupported("multi-column assignment", us.toString());
      }
      out.add(new Assignment(columnName(us.getColumn(0)), expr(us.getValue(0))));
    }
    return out;
  }

  private List<OrderBy> orderBy(List<OrderByElement> elements) {
    List<OrderBy> out = new ArrayList<>();
    if (elements == null) return out;
    for (OrderByElement o : elements) {
      if (!(o.getExpression() instanceof Column c)) throw unsupported("ORDER BY expression", o.toString());
      if (o.getNullOrdering() != null) throw unsupported("NULLS FIRST/LAST", o.toString());
      out.add(new OrderBy(columnName(c), !o.isAsc()));
    }
    return out;
  }

  /** Largest LIMIT the grammar reads (an unsigned 64-bit number); a larger one is error 1064. */
  static final BigInteger MAX_LIMIT = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  @SuppressWarnings("deprecation") // JSqlParser 5.0 keeps LIMIT ALL / LIMIT NULL only behind these flags
  private Optional<Long> limit(Limit limit) {
    if (limit == null) return Optional.empty();
    if (limit.getOffset() != null) throw unsupported("LIMIT with offset", limit.toString().strip());
    if (limit.isLimitAll() || limit.isLimitNull()) return Optional.empty();
    if (!(limit.getRowCount() instanceof LongValue n)) throw unsupported("LIMIT expression", limit.toString().strip());
    String digits = n.getStringValue();
    String significant = digits.replaceFirst("^0+(?=\\d)", "");
    if (significant.length() > 20 || new BigInteger(significant).compareTo(MAX_LIMIT) > 0) {
      int at = text.lastIndexOf(digits);
      throw SqlParser.syntaxErrorAt(text, at < 0 ? 0 : at);
    }
    BigInteger v = new BigInteger(significant);
    // 2^63 .. 2^64-1 are valid and, like Long.MAX_VALUE, more rows than any table has
    return Optional.of(v.bitLength() < 64 ? v.longValueExact() : Long.MAX_VALUE);
  }

  private List<Expr> exprs(ExpressionList<?> list) {
    List<Expr> out = new ArrayList<>();
    for (Expression e : list) out.add(expr(e));
    return out;
  }

  // ---------------------------------------------------------------- expressions

  @SuppressWarnings("deprecation") // JSqlParser 5.0 tells DATE '...' from CAST only by isUseCastKeyword
  Expr expr(Expression e) {
    if (e instanceof AndExpression a) return new Expr.And(expr(a.getLeftExpression()), expr(a.getRightExpression()));
    if (e instanceof OrExpression o) {
      return noSubquery(new Expr.Or(expr(o.getLeftExpression()), expr(o.getRightExpression())), "a subquery under OR", e);
    }
    if (e instanceof NotExpression n) {
      if (n.getExpression() instanceof net.sf.jsqlparser.expression.operators.relational.ExistsExpression) {
        throw unsupported("NOT EXISTS", e.toString());
      }
      return noSubquery(new Expr.Not(expr(n.getExpression())), "a subquery under NOT", e);
    }
    if (e instanceof ParenthesedExpressionList<?> p) {
      if (p.size() != 1) throw unsupported("row constructor", p.toString());
      return expr(p.get(0));
    }
    if (e instanceof ComparisonOperator c) return compare(c);
    if (e instanceof IsDistinctExpression d) {
      Expr eq = new Expr.Compare(Expr.CmpOp.NULL_SAFE_EQ, expr(d.getLeftExpression()), expr(d.getRightExpression()));
      return d.isNot() ? eq : new Expr.Not(eq);
    }
    if (e instanceof Between b) {
      Expr value = expr(b.getLeftExpression());
      Expr low = expr(b.getBetweenExpressionStart());
      Expr high = expr(b.getBetweenExpressionEnd());
      // the optimizer reads BETWEEN c AND c as an equality (a ref / const access, not a range):
      // recorded on both servers in rules14-between-equal-*
      if (!b.isNot() && low instanceof Expr.Literal l && low.equals(high) && !l.value().isNull()) {
        return new Expr.Compare(Expr.CmpOp.EQ, value, low);
      }
      return new Expr.Between(value, low, high, b.isNot());
    }
    if (e instanceof InExpression in) {
      if (in.getOldOracleJoinSyntax() != 0 || in.isGlobal()) throw unsupported("expression", in.toString());
      if (in.getRightExpression() instanceof net.sf.jsqlparser.statement.select.ParenthesedSelect sub) {
        if (in.isNot()) throw unsupported("NOT IN (SELECT ...)", in.toString());
        return new Expr.InSubquery(expr(in.getLeftExpression()), SubqueryConverter.subquery(this, sub, false));
      }
      if (!(in.getRightExpression() instanceof ExpressionList<?> list)) throw unsupported("subquery", in.toString());
      return new Expr.In(expr(in.getLeftExpression()), exprs(list), in.isNot());
    }
    if (e instanceof IsNullExpression n) {
      return new Expr.IsNull(expr(n.getLeftExpression()), n.isNot());
    }
    if (e instanceof Addition a) return arith(Expr.ArithOp.ADD, a.getLeftExpression(), a.getRightExpression());
    if (e instanceof Subtraction s) return arith(Expr.ArithOp.SUB, s.getLeftExpression(), s.getRightExpression());
    if (e instanceof Multiplication m) return arith(Expr.ArithOp.MUL, m.getLeftExpression(), m.getRightExpression());
    if (e instanceof Division d) return arith(Expr.ArithOp.DIV, d.getLeftExpression(), d.getRightExpression());
    if (e instanceof net.sf.jsqlparser.expression.operators.arithmetic.Modulo m) {
      return arith(Expr.ArithOp.MOD, m.getLeftExpression(), m.getRightExpression());
    }
    if (e instanceof net.sf.jsqlparser.expression.operators.arithmetic.IntegerDivision d) {
      return arith(Expr.ArithOp.INT_DIV, d.getLeftExpression(), d.getRightExpression());
    }
    if (e instanceof net.sf.jsqlparser.expression.CaseExpression ce) return caseExpr(ce);
    if (e instanceof net.sf.jsqlparser.expression.UserVariable uv) return userVariable(uv);
    if (e instanceof net.sf.jsqlparser.expression.Parenthesis p) return expr(p.getExpression());
    if (e instanceof net.sf.jsqlparser.expression.operators.relational.ExistsExpression ex) return SubqueryConverter.exists(this, ex);
    if (e instanceof net.sf.jsqlparser.statement.select.ParenthesedSelect sub) {
      return new Expr.ScalarSubquery(SubqueryConverter.subquery(this, sub, false));
    }
    if (e instanceof SignedExpression s) {
      Expr inner = expr(s.getExpression());
      if (s.getSign() == '+') return inner;
      if (s.getSign() != '-') throw unsupported("operator", s.toString());
      if (inner instanceof Expr.Literal l && l.value() instanceof Value.Int i) return lit(new Value.Int(i.value().negate()));
      if (inner instanceof Expr.Literal l && l.value() instanceof Value.Dec d) return lit(new Value.Dec(d.value().negate()));
      return new Expr.Neg(inner);
    }
    if (e instanceof LongValue l) return lit(Literals.integer(l.getStringValue()));
    if (e instanceof DoubleValue d) return lit(Literals.decimal(d.toString()));
    if (e instanceof StringValue s) {
      if (s.getPrefix() != null) throw unsupported("string prefix", s.toString());
      String whole = longStrings.get(s.getValue());
      return lit(new Value.Str(whole != null ? whole : Lexer.unescapeLiteral(s.getValue())));
    }
    if (e instanceof NullValue) return lit(Value.Null.INSTANCE);
    if (e instanceof DateTimeLiteralExpression dt) return dateTimeLiteral(dt);
    if (e instanceof net.sf.jsqlparser.expression.CastExpression ce && !ce.isUseCastKeyword()
        && ce.getLeftExpression() instanceof StringValue sv) {
      return temporalLiteral(ce.getColDataType().getDataType().toUpperCase(Locale.ROOT), sv.getValue(), ce.toString());
    }
    if (e instanceof TimeKeyExpression tk) {
      String k = tk.getStringValue().toUpperCase(Locale.ROOT).replace("()", "");
      if (k.equals("CURRENT_TIMESTAMP") || k.equals("LOCALTIMESTAMP") || k.equals("LOCALTIME")) return new Expr.Now();
      throw unsupported("function", tk.toString());
    }
    if (e instanceof Column c) {
      if (isBooleanLiteral(c)) return lit(Value.Int.of(c.getColumnName().equalsIgnoreCase("TRUE") ? 1 : 0));
      if (isOuter(c)) return new Expr.OuterColumn(unquote(c.getColumnName()));
      return new Expr.Column(columnName(c));
    }
    if (e instanceof Function f) return function(f);
    if (e instanceof net.sf.jsqlparser.expression.operators.conditional.XorExpression) throw unsupported("XOR", e.toString());
    throw unsupported("expression", e.toString());
  }

  /** Subqueries are modelled as conditions of their own (AND-ed), not inside OR or NOT: neither server was recorded there. */
  private Expr noSubquery(Expr built, String what, Expression offending) {
    if (!Exprs.subqueries(built).isEmpty()) throw unsupported(what, offending.toString());
    return built;
  }

  private Expr compare(ComparisonOperator c) {
    Expr.CmpOp op;
    if (c instanceof EqualsTo) {
      op = Expr.CmpOp.EQ;
    } else if (c instanceof NotEqualsTo) {
      op = Expr.CmpOp.NE;
    } else if (c instanceof GreaterThan) {
      op = Expr.CmpOp.GT;
    } else if (c instanceof GreaterThanEquals) {
      op = Expr.CmpOp.GE;
    } else if (c instanceof MinorThan) {
      op = Expr.CmpOp.LT;
    } else if (c instanceof MinorThanEquals) {
      op = Expr.CmpOp.LE;
    } else {
      throw unsupported("operator", c.toString());
    }
    if (c.getOldOracleJoinSyntax() != 0) throw unsupported("operator", c.toString());
    if (c.getLeftExpression() instanceof Select && !(c.getRightExpression() instanceof Select)) {
      throw unsupported("subquery on the left of a comparison", c.toString());
    }
    if (c.getRightExpression() instanceof Select && !(c.getRightExpression() instanceof net.sf.jsqlparser.statement.select.ParenthesedSelect)) {
      throw unsupported("subquery", c.toString());
    }
    return new Expr.Compare(op, expr(c.getLeftExpression()), expr(c.getRightExpression()));
  }

  private Expr arith(Expr.ArithOp op, Expression l, Expression r) {
    return new Expr.Arith(op, expr(l), expr(r));
  }

  private Expr function(Function f) {
    String name = f.getName().toUpperCase(Locale.ROOT);
    int args = f.getParameters() == null ? 0 : f.getParameters().size();
    if (f.isDistinct() || f.isAllColumns() || f.getKeep() != null || f.getOrderByElements() != null) {
      throw unsupported("function", f.toString());
    }
    if (name.equals("VALUES") && args == 1 && f.getParameters().get(0) instanceof Column c) {
      return new Expr.ValuesOf(columnName(c));
    }
    if ((name.equals("NOW") || name.equals("CURRENT_TIMESTAMP") || name.equals("LOCALTIMESTAMP")
        || name.equals("LOCALTIME")) && args == 0) {
      return new Expr.Now();
    }
    if (name.equals("MOD") && args == 2) {
      return arith(Expr.ArithOp.MOD, f.getParameters().get(0), f.getParameters().get(1));
    }
    int[] arity = Functions.NAMES.get(name);
    if (arity != null && args >= arity[0] && (arity[1] < 0 || args <= arity[1]) && f.getAttribute() == null) {
      List<Expr> in = new ArrayList<>();
      if (args > 0) for (Expression p : f.getParameters()) in.add(expr(p));
      return new Expr.Call(name, in);
    }
    if (arity != null) {
      throw new SqlException("incorrect parameter count in the call to native function '" + f.getName() + "' (error 1582)");
    }
    throw unsupported("function", f.toString());
  }

  private Expr caseExpr(net.sf.jsqlparser.expression.CaseExpression ce) {
    List<Expr> whens = new ArrayList<>();
    List<Expr> thens = new ArrayList<>();
    for (net.sf.jsqlparser.expression.WhenClause w : ce.getWhenClauses()) {
      whens.add(expr(w.getWhenExpression()));
      thens.add(expr(w.getThenExpression()));
    }
    return new Expr.Case(Optional.ofNullable(ce.getSwitchExpression()).map(this::expr), whens, thens,
        Optional.ofNullable(ce.getElseExpression()).map(this::expr));
  }

  /** {@code @name}: a user variable; {@code @@name} (a system variable) is not modelled in an expression. */
  private Expr userVariable(net.sf.jsqlparser.expression.UserVariable uv) {
    if (uv.isDoubleAdd()) {
      if (systemVariablesRead != null) {
        String n = unquote(uv.getName());
        systemVariablesRead.add(n.startsWith("session.") ? n.substring(8) : n);
        return lit(Value.Null.INSTANCE);
      }
      throw unsupported("system variable in an expression", uv.toString());
    }
    return new Expr.UserVar(unquote(uv.getName()));
  }

  private Expr dateTimeLiteral(DateTimeLiteralExpression dt) {
    String raw = dt.getValue();
    String v = raw.length() >= 2 && (raw.startsWith("'") || raw.startsWith("\"")) ? raw.substring(1, raw.length() - 1) : raw;
    return temporalLiteral(dt.getType().name(), v, dt.toString());
  }

  /** DATE '...' / TIMESTAMP '...' / DATETIME '...'. */
  private Expr temporalLiteral(String type, String rawValue, String offending) {
    if (!type.equals("DATE") && !type.equals("TIMESTAMP") && !type.equals("DATETIME")) {
      throw unsupported("literal", offending);
    }
    String v = Lexer.unescapeLiteral(rawValue);
    return lit(Values.parseDateTime(v)
        .map(t -> (Value) new Value.DateTime(type.equals("DATE") ? t.toLocalDate().atStartOfDay() : t))
        .orElseThrow(() -> new SqlException("incorrect " + type + " value: '" + v + "'")));
  }

  static Expr lit(Value v) {
    return new Expr.Literal(v);
  }

  private static boolean isBooleanLiteral(Column c) {
    return c.getTable() == null
        && (c.getColumnName().equalsIgnoreCase("TRUE") || c.getColumnName().equalsIgnoreCase("FALSE"));
  }

  /** Inside a subquery: the outer statement's table and alias, whose columns may correlate an EXISTS. */
  String outerTable;
  String outerAlias;

  /** True when the column is qualified with the outer statement's table (inside a subquery). */
  private boolean isOuter(Column c) {
    Table t = c.getTable();
    if (outerTable == null || t == null || t.getName() == null || t.getSchemaName() != null) return false;
    String q = unquoteTable(t.getName());
    return !q.equals(table) && !q.equals(alias) && (q.equals(outerTable) || q.equals(outerAlias));
  }

  /** In a join: the tables (name, ref); a qualified column becomes {@code ref.column}. */
  List<Statement.JoinTable> joinTables;

  String joinRef(String qualifier, String offending) {
    for (Statement.JoinTable jt : joinTables) {
      if (jt.ref().equals(qualifier)) return jt.ref();
    }
    for (Statement.JoinTable jt : joinTables) {
      if (jt.table().equals(qualifier) && jt.ref().equals(jt.table())) return jt.ref();
    }
    throw new SqlException("unknown table '" + qualifier + "' in " + offending);
  }

  private String columnName(Column c) {
    Table t = c.getTable();
    if (joinTables != null) {
      if (t == null || t.getName() == null) return unquote(c.getColumnName());
      if (t.getSchemaName() != null) throw unsupported("qualified column", c.getFullyQualifiedName());
      return joinRef(unquoteTable(t.getName()), c.getFullyQualifiedName()) + "." + unquote(c.getColumnName());
    }
    if (t != null && t.getName() != null) {
      if (t.getSchemaName() != null) throw unsupported("qualified column", c.getFullyQualifiedName());
      String q = unquoteTable(t.getName());
      if (!q.equals(table) && !q.equals(alias)) {
        throw new SqlException("unknown table '" + t.getName() + "' in column " + c.getFullyQualifiedName());
      }
    }
    return unquote(c.getColumnName());
  }

  /** A table name or alias without its quotes, in its own case (lower_case_table_names=0). */
  static String unquoteTable(String name) {
    String n = name;
    if (n.length() >= 2 && ((n.startsWith("`") && n.endsWith("`")) || (n.startsWith("\"") && n.endsWith("\"")))) {
      n = n.substring(1, n.length() - 1);
    }
    return n;
  }

  /** A column name without its quotes, lower-cased (column names ignore case). */
  static String unquote(String name) {
    String n = name;
    if (n.length() >= 2 && ((n.startsWith("`") && n.endsWith("`")) || (n.startsWith("\"") && n.endsWith("\"")))) {
      n = n.substring(1, n.length() - 1);
    }
    return n.toLowerCase(Locale.ROOT);
  }

  private void collectColumns(Expression e, Set<String> into) {
    e.accept(new ExpressionVisitorAdapter<Void>() {
      @Override
      public <S> Void visit(Column column, S context) {
        if (!isBooleanLiteral(column)) into.add(columnName(column));
        return null;
      }

      @Override
      public <S> Void visit(Select select, S context) {
        throw unsupported("subquery", select.toString());
      }
    }, null);
  }

  static void collectColumns(Expr e, Set<String> into) {
    Exprs.columns(e, into);
  }

  SqlException unsupported(String what, String offending) {
    String o = SqlParser.oneLine(offending);
    int at = SqlParser.oneLine(text).toLowerCase(Locale.ROOT).indexOf(o.toLowerCase(Locale.ROOT));
    return new SqlException("unsupported " + what + ": " + o, at < 0 || text.contains("\n") ? 0 : at + 1);
  }
}
