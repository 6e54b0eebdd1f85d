package dev.innosim.scenario;

import dev.innosim.schema.ColumnDef;
import dev.innosim.schema.SchemaException;
import dev.innosim.schema.TableDef;
import dev.innosim.schema.Value;
import dev.innosim.schema.Values;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the rows of a {@code -- @data t: rows.csv} directive into setup INSERTs of 1,000 rows each:
 * CSV as RFC 4180 writes it, TSV as MySQL's {@code SELECT ... INTO OUTFILE} writes it. Every field
 * is converted to its column's type here, so a bad row is bad input at its own file and line.
 * Stateless.
 */
final class DataFiles {
  private DataFiles() {}

  /** Rows per generated INSERT (mysqldump's extended inserts are about this long). */
  static final int ROWS_PER_INSERT = 1000;

  /** One field of a row as read: its text, or null for SQL NULL. */
  private record Field(String text) {}

  /** One row and the 1-based line it starts on. */
  private record Row(int line, List<Field> fields) {}

  /**
   * The setup INSERTs for the rows of {@code data}, a file named relative to {@code scenarioFile},
   * into {@code table} (whose CREATE TABLE came earlier in the setup).
   *
   * @throws ScenarioException naming the data file and line of a bad row, or the directive's line
   */
  static List<Scenario.Setup> load(String scenarioFile, int directiveLine, Scenario.Data data, TableDef table) {
    Path path = resolve(scenarioFile, data.path());
    String shown = path.toString();
    String lower = data.path().toLowerCase(Locale.ROOT);
    boolean tsv = lower.endsWith(".tsv");
    if (!tsv && !lower.endsWith(".csv")) {
      throw new ScenarioException(scenarioFile, directiveLine, "@data file must end in .csv or .tsv: " + data.path());
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
    } catch (CharacterCodingException e) {
      throw new ScenarioException(shown, 0, "not UTF-8");
    } catch (IOException | SecurityException e) {
      String why = e instanceof java.nio.file.NoSuchFileException ? "no such file"
          : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : "not a readable file";
      throw new ScenarioException(scenarioFile, directiveLine, "@data: cannot read " + shown + " (" + why + ")");
    }
    if (text.startsWith(ScenarioParser.BOM)) text = text.substring(1);
    List<Row> rows = tsv ? tsv(shown, text) : csv(shown, text);
    List<ColumnDef> cols = new ArrayList<>();
    if (data.columns().isEmpty()) {
      cols.addAll(table.columns());
    } else {
      for (String c : data.columns()) {
        ColumnDef cd = table.column(c).orElseThrow(() -> new ScenarioException(scenarioFile, directiveLine,
            "@data: unknown column '" + c + "' in table '" + table.name() + "'"));
        cols.add(cd);
      }
    }
    List<Scenario.Setup> out = new ArrayList<>();
    StringBuilder sql = new StringBuilder();
    int inBatch = 0;
    for (Row r : rows) {
      if (r.fields().size() != cols.size()) {
        throw new ScenarioException(shown, r.line(), r.fields().size() + " fields, but " + (data.columns().isEmpty()
            ? "table '" + table.name() + "' has " : "the directive names ") + cols.size() + " columns");
      }
      if (inBatch == 0) sql.append(head(table.name(), data.columns()));
      else sql.append(',');
      sql.append('(');
      for (int i = 0; i < cols.size(); i++) {
        if (i > 0) sql.append(',');
        sql.append(literal(shown, r.line(), cols.get(i), r.fields().get(i)));
      }
      sql.append(')');
      if (++inBatch == ROWS_PER_INSERT) {
        out.add(setup(directiveLine, sql.toString(), data));
        sql.setLength(0);
        inBatch = 0;
      }
    }
    if (inBatch > 0) out.add(setup(directiveLine, sql.toString(), data));
    return out;
  }

  /** The data file's path: relative paths are read from the scenario file's folder. */
  static Path resolve(String scenarioFile, String dataPath) {
    Path p = Path.of(dataPath);
    if (p.isAbsolute()) return p;
    Path dir = Path.of(scenarioFile).toAbsolutePath().getParent();
    Path full = dir == null ? p : dir.resolve(p);
    Path cwd = Path.of("").toAbsolutePath();
    return full.startsWith(cwd) ? cwd.relativize(full) : full;
  }

  private static Scenario.Setup setup(int line, String sql, Scenario.Data data) {
    return new Scenario.Setup(line, sql, java.util.Optional.of(data));
  }

  private static String head(String table, List<String> columns) {
    StringBuilder b = new StringBuilder("INSERT INTO `").append(table).append('`');
    if (!columns.isEmpty()) {
      b.append(" (");
      for (int i = 0; i < columns.size(); i++) b.append(i > 0 ? "," : "").append('`').append(columns.get(i)).append('`');
      b.append(')');
    }
    return b.append(" VALUES ").toString();
  }

  /** The field as a SQL literal of its column's type (checked here, as LOAD DATA converts each field). */
  private static String literal(String file, int line, ColumnDef cd, Field f) {
    if (f.text() == null) {
      if (!cd.nullable() && !cd.autoIncrement()) {
        throw new ScenarioException(file, line, "NULL for the NOT NULL column '" + cd.name() + "'");
      }
      return "NULL";
    }
    Value v;
    try {
      v = cd.type().coerce(new Value.Str(f.text()));
    } catch (SchemaException e) {
      throw new ScenarioException(file, line, "column '" + cd.name() + "': " + e.getMessage());
    }
    if (v instanceof Value.Int i) return i.value().toString();
    if (v instanceof Value.Dec d) return d.value().toPlainString();
    if (v instanceof Value.DateTime t) return quote(Values.formatDateTime(t.value()));
    return quote(((Value.Str) v).value());
  }

  /** A string literal with mysqldump's escapes. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('\'');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\': b.append("\\\\"); break;
        case '\'': b.append("\\'"); break;
        case '\0': b.append("\\0"); break;
        case '\n': b.append("\\n"); break;
        case '\r': b.append("\\r"); break;
        case '\u001a': b.append("\\Z"); break;
        default: b.append(c);
      }
    }
    return b.append('\'').toString();
  }

  /**
   * RFC 4180: fields separated by commas, records by CR LF or LF, a field in double quotes may hold
   * commas, line breaks and doubled quotes. An unquoted {@code \N} or {@code NULL} is SQL NULL (as
   * MySQL writes NULL into a CSV); a quoted one is the text. A blank last line is not a row.
   */
  static List<Row> csv(String file, String s) {
    List<Row> rows = new ArrayList<>();
    int n = s.length();
    int i = 0;
    int line = 1;
    while (i < n) {
      int rowLine = line;
      List<Field> fields = new ArrayList<>();
      while (true) {
        if (i < n && s.charAt(i) == '"') {
          int fieldLine = line;
          StringBuilder b = new StringBuilder();
          i++;
          while (true) {
            if (i >= n) throw new ScenarioException(file, fieldLine, "unterminated quoted field");
            char c = s.charAt(i);
            if (c == '"') {
              if (i + 1 < n && s.charAt(i + 1) == '"') {
                b.append('"');
                i += 2;
                continue;
              }
              i++;
              break;
            }
            if (c == '\n') line++;
            b.append(c);
            i++;
          }
          fields.add(new Field(b.toString()));
          if (i < n && s.charAt(i) != ',' && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
            throw new ScenarioException(file, line, "text after a quoted field: " + cutLine(s, i));
          }
        } else {
          int start = i;
          while (i < n && s.charAt(i) != ',' && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
            if (s.charAt(i) == '"') throw new ScenarioException(file, line, "a quote inside an unquoted field: " + cutLine(s, start));
            i++;
          }
          String t = s.substring(start, i);
          fields.add(new Field(t.equals("\\N") || t.equals("NULL") ? null : t));
        }
        if (i < n && s.charAt(i) == ',') {
          i++;
          continue;
        }
        break;
      }
      if (i < n && s.charAt(i) == '\r') i++;
      if (i < n && s.charAt(i) == '\n') i++;
      line++;
      rows.add(new Row(rowLine, fields));
    }
    return rows;
  }

  /**
   * MySQL's {@code SELECT ... INTO OUTFILE} defaults: fields end at a tab, rows at a line feed,
   * {@code \N} is NULL, and a backslash escapes {@code \t \n \r \0 \b \Z \\} and a literal tab or
   * line feed. A blank last line is not a row.
   */
  static List<Row> tsv(String file, String s) {
    List<Row> rows = new ArrayList<>();
    int n = s.length();
    int i = 0;
    int line = 1;
    while (i < n) {
      int rowLine = line;
      List<Field> fields = new ArrayList<>();
      StringBuilder b = new StringBuilder();
      boolean nullField = false;
      boolean escaped = false;
      while (true) {
        if (i >= n || s.charAt(i) == '\n' || s.charAt(i) == '\t') {
          if (nullField && b.length() == 0) fields.add(new Field(null));
          else if (nullField) throw new ScenarioException(file, line, "text after \\N in a field: " + cutLine(s, i));
          else fields.add(new Field(b.toString()));
          b.setLength(0);
          nullField = false;
          escaped = false;
          if (i < n && s.charAt(i) == '\t') {
            i++;
            continue;
          }
          break;
        }
        char c = s.charAt(i);
        if (c == '\\') {
          if (i + 1 >= n) throw new ScenarioException(file, line, "a backslash at the end of the file");
          char e = s.charAt(i + 1);
          i += 2;
          if (e == 'N' && b.length() == 0 && !escaped) {
            nullField = true;
            continue;
          }
          if (nullField) throw new ScenarioException(file, line, "text after \\N in a field: " + cutLine(s, i - 2));
          escaped = true;
          switch (e) {
            case 't': b.append('\t'); break;
            case 'n': b.append('\n'); break;
            case 'r': b.append('\r'); break;
            case '0': b.append('\0'); break;
            case 'b': b.append('\b'); break;
            case 'Z': b.append('\u001a'); break;
            case '\n': b.append('\n'); line++; break;
            default: b.append(e);
          }
          continue;
        }
        if (nullField) throw new ScenarioException(file, line, "text after \\N in a field: " + cutLine(s, i));
        b.append(c);
        i++;
      }
      if (i < n) i++;  // the line feed
      line++;
      rows.add(new Row(rowLine, fields));
    }
    return rows;
  }

  private static String cutLine(String s, int from) {
    int e = s.indexOf('\n', from);
    return dev.innosim.sql.Texts.cut(s.substring(from, e < 0 ? s.length() : e).stripTrailing());
  }
}
