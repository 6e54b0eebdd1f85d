package dev.innosim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.schema.Value;
import dev.innosim.sql.Expr;
import dev.innosim.sql.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -- @data t: rows.csv / rows.tsv}: reading, type conversion, bad rows at their file and line, round trip. */
class DataFilesTest {
  @TempDir Path dir;

  static final String TABLE = "CREATE TABLE t (id INT PRIMARY KEY, s VARCHAR(20), d DECIMAL(6,2), at DATETIME) ENGINE=InnoDB;\n";

  private Scenario parse(String dataName, String data, String directive) throws IOException {
    Files.writeString(dir.resolve(dataName), data);
    Path f = dir.resolve("s.sql");
    String text = "-- @name: data\n" + TABLE + directive + "\nT1: SELECT * FROM t WHERE id = 1 FOR UPDATE;\n";
    Files.writeString(f, text);
    return ScenarioParser.parse(f.toString(), text);
  }

  private static List<List<Value>> rows(Scenario sc) {
    List<List<Value>> out = new java.util.ArrayList<>();
    for (Scenario.Setup s : sc.setup()) {
      if (!(s.statement() instanceof Statement.Insert ins)) continue;
      for (List<Expr> r : ins.rows()) out.add(r.stream().map(e -> ((Expr.Literal) e).value()).toList());
    }
    return out;
  }

  private static Value s(String v) {
    return new Value.Str(v);
  }

  @Test
  void load_csvWithQuotesNullsAndLineBreaks_givesTypedRows() throws IOException {
    Scenario sc = parse("rows.csv", "1,plain,1.5,2024-01-02 03:04:05\r\n2,\"a,b \"\"q\"\"\",-0.25,2024-01-02\n"
        + "3,\"two\nlines\",\\N,2024-12-31 23:59:59\n4,NULL,0,2024-01-01 00:00:00\n5,\"NULL\",1,2024-01-01 00:00:00\n6,,2,2024-01-01 00:00:00\n",
        "-- @data t: rows.csv");
    List<List<Value>> rows = rows(sc);
    assertEquals(6, rows.size());
    assertEquals(List.of(Value.Int.of(1), s("plain"), new Value.Dec(new java.math.BigDecimal("1.50")), s("2024-01-02 03:04:05")), rows.get(0));
    assertEquals(s("a,b \"q\""), rows.get(1).get(1));
    assertEquals(s("2024-01-02 00:00:00"), rows.get(1).get(3));
    assertEquals(s("two\nlines"), rows.get(2).get(1));
    assertEquals(Value.Null.INSTANCE, rows.get(2).get(2));
    assertEquals(Value.Null.INSTANCE, rows.get(3).get(1));
    assertEquals(s("NULL"), rows.get(4).get(1));
    assertEquals(s(""), rows.get(5).get(1));
    assertEquals(Optional.of(new Scenario.Data("t", List.of(), "rows.csv")), sc.setup().get(1).data());
    assertEquals(3, sc.setup().get(1).line());
  }

  @Test
  void load_tsvWithOutfileEscapes_givesTypedRows() throws IOException {
    Scenario sc = parse("rows.tsv", "1\ttab\\there\t\\N\t2024-01-02 03:04:05\n2\tnl\\nand\\\\back\\\nslash\t3.5\t2024-01-02\n"
        + "3\t\\\\N\t0\t2024-01-01 00:00:00\n4\t\t0\t2024-01-01 00:00:00\n", "-- @data t (id, s, d, at): rows.tsv");
    List<List<Value>> rows = rows(sc);
    assertEquals(4, rows.size());
    assertEquals(List.of(Value.Int.of(1), s("tab\there"), Value.Null.INSTANCE, s("2024-01-02 03:04:05")), rows.get(0));
    assertEquals(s("nl\nand\\back\nslash"), rows.get(1).get(1));
    assertEquals(s("\\N"), rows.get(2).get(1));
    assertEquals(s(""), rows.get(3).get(1));
  }

  @Test
  void load_2500Rows_becomeInsertsOf1000RowsAtTheDirectiveLine() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= 2500; i++) b.append(i).append(",r").append(i).append(",").append(i % 100).append(".5,2024-01-01 00:00:00\n");
    Scenario sc = parse("big.csv", b.toString(), "-- @data t: big.csv");
    assertEquals(4, sc.setup().size());
    assertEquals(List.of(1000, 1000, 500),
        sc.setup().subList(1, 4).stream().map(st -> ((Statement.Insert) st.statement()).rows().size()).toList());
    assertEquals(2500, rows(sc).size());
  }

  @Test
  void load_badRows_areBadInputAtTheDataFilesLine() throws IOException {
    String csv = dir.resolve("bad.csv").toString();
    assertEquals(csv + ":2: 3 fields, but table 't' has 4 columns",
        assertThrows(ScenarioException.class, () -> parse("bad.csv", "1,a,1,2024-01-01\n2,b,1\n", "-- @data t: bad.csv")).getMessage());
    assertEquals(csv + ":2: unterminated quoted field",
        assertThrows(ScenarioException.class, () -> parse("bad.csv", "1,a,1,2024-01-01\n2,\"b,1\n", "-- @data t: bad.csv")).getMessage());
    assertTrue(assertThrows(ScenarioException.class, () -> parse("bad.csv", "x,a,1,2024-01-01\n", "-- @data t: bad.csv"))
        .getMessage().startsWith(csv + ":1: column 'id': "));
    assertEquals(csv + ":1: NULL for the NOT NULL column 'id'",
        assertThrows(ScenarioException.class, () -> parse("bad.csv", "\\N,a,1,2024-01-01\n", "-- @data t: bad.csv")).getMessage());
    String tsv = dir.resolve("bad.tsv").toString();
    assertEquals(tsv + ":1: text after \\N in a field: x 1 2024-01-01",
        assertThrows(ScenarioException.class, () -> parse("bad.tsv", "1\t\\Nx\t1\t2024-01-01\n", "-- @data t: bad.tsv")).getMessage());
  }

  @Test
  void load_badDirectives_areBadInputAtTheDirectiveLine() throws IOException {
    String f = dir.resolve("s.sql").toString();
    assertTrue(assertThrows(ScenarioException.class, () -> parse("x.csv", "", "-- @data t: missing.csv")).getMessage()
        .startsWith(f + ":3: @data: cannot read "));
    assertEquals(f + ":3: @data file must end in .csv or .tsv: rows.txt",
        assertThrows(ScenarioException.class, () -> parse("rows.txt", "1", "-- @data t: rows.txt")).getMessage());
    assertEquals(f + ":3: @data: no CREATE TABLE u before this line",
        assertThrows(ScenarioException.class, () -> parse("r.csv", "1", "-- @data u: r.csv")).getMessage());
    assertEquals(f + ":3: @data: unknown column 'nope' in table 't'",
        assertThrows(ScenarioException.class, () -> parse("r.csv", "1", "-- @data t (nope): r.csv")).getMessage());
    assertTrue(assertThrows(ScenarioException.class, () -> parse("r.csv", "1", "-- @data rows.csv")).getMessage()
        .startsWith(f + ":3: @data needs a table and a file"));
  }

  @Test
  void write_scriptWithDataLoads_roundTripsThroughTheParser() throws IOException {
    Scenario sc = parse("rows.csv", "1,a,1,2024-01-01\n2,b,2,2024-01-02\n", "-- @data t (id, s, d, at): rows.csv");
    Script script = Script.of(sc);
    assertEquals(List.of(new Script.Load(1, new Scenario.Data("t", List.of("id", "s", "d", "at"), "rows.csv"))), script.data());
    String written = ScenarioWriter.write(script);
    assertTrue(written.contains("\n-- @data t (id, s, d, at): rows.csv\n"), written);
    Path again = dir.resolve("again.sql");
    Files.writeString(again, written);
    assertEquals(script, Script.of(ScenarioParser.parse(again.toString(), written)));
  }
}
