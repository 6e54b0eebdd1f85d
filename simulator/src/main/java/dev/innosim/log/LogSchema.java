package dev.innosim.log;

import dev.innosim.schema.SchemaException;
import dev.innosim.schema.TableDef;
import dev.innosim.sql.SqlException;
import dev.innosim.sql.SqlParser;
import dev.innosim.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables a user pasted as {@code SHOW CREATE TABLE} output (several, with or without the
 * client's {@code Create Table:} label), parsed by the project's CREATE TABLE parser, plus each
 * column's character set, which the table model does not keep; immutable.
 *
 * @param creates each table's CREATE TABLE text as written, for the reconstructed scenario
 */
public record LogSchema(Map<String, TableDef> tables, Map<String, String> charsets, Map<String, String> creates) {
  public LogSchema {
    tables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    charsets = Map.copyOf(charsets);
    creates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(creates));
  }

  /** No tables: decoding shows raw fields only. */
  public static final LogSchema NONE = new LogSchema(Map.of(), Map.of(), Map.of());

  private static final Pattern TABLE_CHARSET = Pattern.compile("(?i)\\)[^()]*?(?:DEFAULT )?(?:CHARSET|CHARACTER SET)\\s*=?\\s*(\\w+)[^()]*$");
  private static final Pattern COLUMN = Pattern.compile("(?im)^\\s*[`\"]?([\\w$]+)[`\"]?\\s+\\w+.*?(?:CHARACTER SET|CHARSET)\\s+(\\w+)");

  /**
   * The CREATE TABLE statements of a file; other statements are ignored.
   *
   * @throws LogFormatException for a CREATE TABLE the parser rejects, or a file without one
   */
  public static LogSchema parse(String file, String text) {
    Map<String, TableDef> tables = new LinkedHashMap<>();
    Map<String, String> charsets = new LinkedHashMap<>();
    Map<String, String> creates = new LinkedHashMap<>();
    for (Piece p : statements(text)) {
      String sql = p.text().replaceFirst("(?is)^.*?(?=CREATE\\s+(?:TEMPORARY\\s+)?TABLE\\s+[^:\\s])", "");
      if (!sql.regionMatches(true, 0, "CREATE", 0, 6)) continue;
      TableDef t;
      try {
        Statement st = SqlParser.parse(sql);
        if (!(st instanceof Statement.CreateTable ct)) continue;
        t = lowerCaseNames(ct.table());
      } catch (SqlException | SchemaException e) {
        int line = p.line() + (int) p.text().substring(0, p.text().indexOf(sql.strip().substring(0, 6))).chars().filter(c -> c == '\n').count();
        if (e instanceof SqlException se && se.column() > 0 && se.column() <= sql.length()) {
          line += (int) sql.substring(0, se.column() - 1).chars().filter(c -> c == '\n').count();
        }
        throw new LogFormatException(file, line, "cannot read CREATE TABLE: " + e.getMessage(), sql);
      }
      // a log's table names are matched ignoring case: it may come from a server with
      // lower_case_table_names=1 (Windows, macOS) while the schema keeps the names as created
      String key = t.name().toLowerCase(Locale.ROOT);
      tables.put(key, t);
      creates.put(key, sql.strip());
      Matcher tc = TABLE_CHARSET.matcher(sql);
      String tableCharset = tc.find() ? tc.group(1).toLowerCase(Locale.ROOT) : "utf8mb4";
      for (var c : t.columns()) charsets.put(key + "." + c.name(), c.type().isBinary() ? "binary" : tableCharset);
      Matcher cc = COLUMN.matcher(sql);
      while (cc.find()) {
        String col = cc.group(1).toLowerCase(Locale.ROOT);
        if (t.column(col).isPresent()) charsets.put(key + "." + col, cc.group(2).toLowerCase(Locale.ROOT));
      }
    }
    if (tables.isEmpty()) throw new LogFormatException(file, 1, "no CREATE TABLE statement", text.lines().findFirst().orElse(""));
    return new LogSchema(tables, charsets, creates);
  }

  /**
   * The table with its name and its foreign keys' parent names lower-cased: a deadlock log may come
   * from a server with lower_case_table_names=1 (Windows, macOS), which prints them so.
   */
  private static TableDef lowerCaseNames(TableDef t) {
    List<dev.innosim.schema.ForeignKeyDef> fks = t.foreignKeys().stream()
        .map(f -> new dev.innosim.schema.ForeignKeyDef(f.name(), f.columns(), f.refTable().toLowerCase(Locale.ROOT),
            f.refColumns(), f.onDelete(), f.onUpdate()))
        .toList();
    return new TableDef(t.name().toLowerCase(Locale.ROOT), t.columns(), t.indexes(), fks, t.autoIncrementStart());
  }

  /** The table of that name (case-insensitive). */
  public Optional<TableDef> table(String name) {
    return Optional.ofNullable(tables.get(name.toLowerCase(Locale.ROOT)));
  }

  /** The column's character set ({@code utf8mb4}, {@code latin1}, {@code binary}, ...). */
  public String charset(String table, String column) {
    return charsets.getOrDefault(table.toLowerCase(Locale.ROOT) + "." + column.toLowerCase(Locale.ROOT), "utf8mb4");
  }

  /** Whether the schema has any table. */
  public boolean isEmpty() { return tables.isEmpty(); }

  /** One statement of a file and the line it starts on. */
  record Piece(int line, String text) {}

  /** Splits SQL text at semicolons outside quotes and comments. */
  static List<Piece> statements(String text) {
    List<Piece> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int line = 1;
    int start = 1;
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (cur.toString().isBlank()) start = line;
      if (c == '\n') line++;
      if (quote != 0) {
        cur.append(c);
        if (c == '\\' && quote != '`' && i + 1 < text.length()) cur.append(text.charAt(++i));
        else if (c == quote) quote = 0;
        continue;
      }
      if (c == '-' && text.startsWith("-- ", i) || c == '#') {
        int end = text.indexOf('\n', i);
        i = (end < 0 ? text.length() : end) - 1;
        continue;
      }
      if (c == '\'' || c == '"' || c == '`') quote = c;
      if (c == ';') {
        if (!cur.toString().isBlank()) out.add(new Piece(start, cur.toString()));
        cur.setLength(0);
        continue;
      }
      cur.append(c);
    }
    if (!cur.toString().isBlank()) out.add(new Piece(start, cur.toString()));
    return out;
  }
}
