package dev.innosim.sql;

import dev.innosim.schema.Collation;
import dev.innosim.schema.ColumnDef;
import dev.innosim.schema.ColumnType;
import dev.innosim.schema.KeyPart;
import dev.innosim.schema.RefAction;
import dev.innosim.schema.SchemaException;
import dev.innosim.schema.TableBuilder;
import dev.innosim.schema.TableDef;
import dev.innosim.schema.Value;
import dev.innosim.schema.Values;
import dev.innosim.sql.Lexer.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.statement.ReferentialAction;
import net.sf.jsqlparser.statement.create.table.CheckConstraint;
import net.sf.jsqlparser.statement.create.table.ColDataType;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.ForeignKeyIndex;
import net.sf.jsqlparser.statement.create.table.Index;

/**
 * CREATE TABLE as written by hand or printed by SHOW CREATE TABLE (MySQL 5.7/8.0, MariaDB):
 * JSqlParser reads the structure, this class interprets its loosely typed column and table
 * options. Stateless.
 */
final class CreateTableParser {
  private CreateTableParser() {}

  /** Marker name given to unnamed keys so that JSqlParser accepts them; dropped again when building. */
  private static final String UNNAMED = "innosim_unnamed_key_";

  /** Table options that change nothing the simulator models. */
  private static final Set<String> IGNORED_TABLE_OPTIONS = Set.of(
      "ROW_FORMAT", "COMMENT", "STATS_PERSISTENT", "STATS_AUTO_RECALC", "STATS_SAMPLE_PAGES", "KEY_BLOCK_SIZE",
      "PACK_KEYS", "CHECKSUM", "PAGE_CHECKSUM", "TRANSACTIONAL", "DELAY_KEY_WRITE", "MIN_ROWS", "MAX_ROWS",
      "AVG_ROW_LENGTH", "ENCRYPTED", "ENCRYPTION", "ENCRYPTION_KEY_ID", "PAGE_COMPRESSED", "PAGE_COMPRESSION_LEVEL",
      "COMPRESSION", "CHARSET", "INSERT_METHOD", "TABLESPACE", "SECONDARY_ENGINE");

  static Statement parse(String text, List<Token> tokens) {
    TypeLimits.check(tokens);
    Rewrite rw = new Rewrite(text);
    int unnamed = 0;
    for (int i = 1; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      Token next = tokens.get(i + 1);
      Token prev = tokens.get(i - 1);
      boolean keyWord = t.isWord("KEY") || t.isWord("INDEX") || t.isWord("UNIQUE");
      boolean afterPrimaryOrForeign = prev.isWord("PRIMARY") || prev.isWord("FOREIGN");
      if (keyWord && next.isSymbol("(") && !afterPrimaryOrForeign) {
        String kw = t.isWord("UNIQUE") ? " KEY " : " ";
        rw.replace(t.end(), t.end(), kw + UNNAMED + (unnamed++) + " ");
      }
    }
    for (Token t : tokens) {
      if (t.kind() == Lexer.Kind.STRING) {
        String canonical = DmlParser.canonicalString(t.value());
        if (!canonical.equals(t.text())) rw.replace(t.start(), t.end(), canonical);
      }
    }
    net.sf.jsqlparser.statement.Statement st = DmlParser.jsqlParse(text, rw);
    if (!(st instanceof CreateTable ct)) throw SqlParser.unsupportedStatement(text);
    try {
      return new Statement.CreateTable(text, build(ct, text));
    } catch (SchemaException e) {
      throw new SqlException(e.getMessage());
    }
  }

  private static TableDef build(CreateTable ct, String text) {
    if (ct.getCreateOptionsStrings() != null && !ct.getCreateOptionsStrings().isEmpty()) {
      throw unsupported("CREATE option", String.join(" ", ct.getCreateOptionsStrings()));
    }
    if (ct.getLikeTable() != null) throw unsupported("CREATE TABLE ... LIKE", ct.getLikeTable().toString());
    if (ct.getSelect() != null) throw unsupported("CREATE TABLE ... SELECT", ct.getSelect().toString());
    if (ct.getTable().getSchemaName() != null) throw unsupported("qualified table name", ct.getTable().toString());
    if (ct.getColumnDefinitions() == null || ct.getColumnDefinitions().isEmpty()) {
      throw new SqlException("table " + ct.getTable().getName() + " has no columns");
    }
    String name = Converter.unquoteTable(ct.getTable().getName());
    TableOptions options = tableOptions(ct.getTableOptionsStrings());
    TableBuilder b = new TableBuilder(name);
    b.autoIncrementStart(options.autoIncrement);
    for (ColumnDefinition cd : ct.getColumnDefinitions()) column(b, cd, options.collation);
    if (ct.getIndexes() != null) {
      for (Index ix : ct.getIndexes()) index(b, ix, text);
    }
    return b.build();
  }

  private record TableOptions(long autoIncrement, Collation collation) {}

  private static TableOptions tableOptions(List<String> opts) {
    long autoInc = 1;
    Collation collation = null;
    if (opts == null) return new TableOptions(autoInc, collation);
    int i = 0;
    while (i < opts.size()) {
      String key = opts.get(i).toUpperCase(Locale.ROOT);
      i++;
      if (key.equals(",")) continue;
      if (key.equals("DEFAULT")) continue;
      if (key.equals("CHARACTER") && i < opts.size() && opts.get(i).equalsIgnoreCase("SET")) {
        key = "CHARSET";
        i++;
      }
      if (key.equals("PARTITION")) throw unsupported("table option", "PARTITION BY");
      if (i < opts.size() && opts.get(i).equals("=")) i++;
      if (i >= opts.size()) throw unsupported("table option", key);
      String value = opts.get(i);
      i++;
      switch (key) {
        case "ENGINE":
        case "TYPE":
          if (!value.equalsIgnoreCase("InnoDB")) throw unsupported("storage engine", value);
          break;
        case "AUTO_INCREMENT":
          try {
            autoInc = Long.parseLong(value);
          } catch (NumberFormatException e) {
            throw unsupported("AUTO_INCREMENT value", value);
          }
          break;
        case "COLLATE":
          collation = collation(stripQuotes(value));
          break;
        case "CHARSET":
          charset(stripQuotes(value));
          break;
        default:
          if (!IGNORED_TABLE_OPTIONS.contains(key)) throw unsupported("table option", key + "=" + value);
      }
    }
    return new TableOptions(autoInc, collation);
  }

  private static void column(TableBuilder b, ColumnDefinition cd, Collation tableCollation) {
    String name = Converter.unquote(cd.getColumnName());
    List<String> specs = new ArrayList<>();
    ColDataType dt = cd.getColDataType();
    // JSqlParser 5.0 keeps arguments in the type text for some types ("decimal (10, 2)"), in the
    // argument list for others, and in the column specs for yet others ("DATETIME" + "(3)").
    java.util.regex.Matcher tm = java.util.regex.Pattern
        .compile("^\\s*([A-Za-z]+)\\s*(?:\\(([^)]*)\\))?\\s*(.*)$").matcher(dt.getDataType());
    if (!tm.matches()) throw unsupported("data type", dt.toString() + " of column " + name);
    String typeName = tm.group(1).toUpperCase(Locale.ROOT);
    List<String> args = new ArrayList<>();
    if (tm.group(2) != null) {
      for (String a : tm.group(2).split(",")) args.add(a.trim());
    }
    for (String w : tm.group(3).trim().split("\\s+")) {
      if (!w.isEmpty()) specs.add(w);
    }
    if (dt.getArgumentsStringList() != null) args.addAll(dt.getArgumentsStringList());
    if (cd.getColumnSpecs() != null) specs.addAll(cd.getColumnSpecs());
    if (typeName.equals("DOUBLE") && !specs.isEmpty() && specs.get(0).equalsIgnoreCase("PRECISION")) specs.remove(0);
    if (args.isEmpty() && !specs.isEmpty() && specs.get(0).matches("\\(\\s*\\d+\\s*\\)")) {
      args.add(specs.remove(0).replaceAll("[()\\s]", ""));
    }
    ColumnType.Kind kind;
    try {
      kind = ColumnType.Kind.fromSqlName(typeName);
    } catch (SchemaException e) {
      throw unsupported("data type", dt.toString() + " of column " + name);
    }
    boolean unsigned = false;
    boolean nullable = true;
    boolean autoInc = false;
    boolean primary = false;
    boolean unique = false;
    Collation collation = null;
    String charset = dt.getCharacterSet() == null ? null : charset(stripQuotes(dt.getCharacterSet()));
    String defaultText = null;
    boolean hasDefault = false;
    for (int i = 0; i < specs.size(); i++) {
      String s = specs.get(i);
      String u = s.toUpperCase(Locale.ROOT);
      switch (u) {
        case "UNSIGNED": case "ZEROFILL":
          unsigned = true;
          break;
        case "SIGNED":
          break;
        case "NOT":
          if (i + 1 < specs.size() && specs.get(i + 1).equalsIgnoreCase("NULL")) {
            nullable = false;
            i++;
          } else {
            throw unsupported("column attribute", "NOT " + next(specs, i) + " of column " + name);
          }
          break;
        case "NULL":
          nullable = true;
          break;
        case "AUTO_INCREMENT":
          autoInc = true;
          break;
        case "PRIMARY":
          if (i + 1 < specs.size() && specs.get(i + 1).equalsIgnoreCase("KEY")) i++;
          primary = true;
          break;
        case "KEY":
          primary = true;  // a lone KEY in a column definition means PRIMARY KEY
          break;
        case "UNIQUE":
          if (i + 1 < specs.size() && (specs.get(i + 1).equalsIgnoreCase("KEY") || specs.get(i + 1).equalsIgnoreCase("INDEX"))) i++;
          unique = true;
          break;
        case "COMMENT":
          i++;
          break;
        case "COLLATE":
          collation = collation(stripQuotes(next(specs, i)));
          i++;
          break;
        case "CHARACTER":
          if (i + 1 < specs.size() && specs.get(i + 1).equalsIgnoreCase("SET")) i++;
          charset = charset(stripQuotes(next(specs, i)));
          i++;
          break;
        case "CHARSET":
          charset = charset(stripQuotes(next(specs, i)));
          i++;
          break;
        case "DEFAULT": {
          String v = next(specs, i);
          i++;
          if ((v.equals("-") || v.equals("+")) && i + 1 < specs.size()) {
            v = v + specs.get(i + 1);
            i++;
          }
          if (i + 1 < specs.size() && specs.get(i + 1).equals("()")) i++;
          if (i + 2 < specs.size() && specs.get(i + 1).equals("(") && specs.get(i + 2).equals(")")) i += 2;
          defaultText = v;
          hasDefault = true;
          break;
        }
        case "ON":
          if (i + 2 < specs.size() && specs.get(i + 1).equalsIgnoreCase("UPDATE")) {
            String f = specs.get(i + 2).toUpperCase(Locale.ROOT).replace("()", "");
            if (!f.equals("CURRENT_TIMESTAMP") && !f.equals("NOW") && !f.equals("LOCALTIMESTAMP")) {
              throw unsupported("column attribute", "ON UPDATE " + specs.get(i + 2) + " of column " + name);
            }
            i += 2;
            if (i + 1 < specs.size() && specs.get(i + 1).equals("()")) i++;
            if (i + 2 < specs.size() && specs.get(i + 1).equals("(") && specs.get(i + 2).equals(")")) i += 2;
            break;
          }
          throw unsupported("column attribute", "ON " + next(specs, i) + " of column " + name);
        case "VISIBLE": case "INVISIBLE":
          if (u.equals("INVISIBLE")) throw unsupported("column attribute", "INVISIBLE of column " + name);
          break;
        case "COLUMN_FORMAT": case "STORAGE":
          i++;
          break;
        default:
          throw unsupported("column attribute", s + " of column " + name);
      }
    }
    ColumnType type = columnType(kind, unsigned, args, name, dt);
    if (collation == null) {
      if (type.isBinary() || "binary".equalsIgnoreCase(charset)) {
        collation = Collation.BINARY;
      } else if (charset != null) {
        collation = Collation.DEFAULT;
      } else if (tableCollation != null) {
        collation = tableCollation;
      } else {
        collation = Collation.DEFAULT;
      }
    }
    Optional<Value> def = Optional.empty();
    if (hasDefault) def = Optional.of(defaultValue(defaultText, type, name));
    if (def.isPresent() && def.get().isNull() && !nullable) {
      throw new SqlException("invalid default value for column " + name + ": NULL for a NOT NULL column");
    }
    b.column(new ColumnDef(name, type, nullable, def, autoInc, collation));
    if (primary) b.primaryKey(List.of(KeyPart.of(name)));
    if (unique) b.index(null, true, List.of(KeyPart.of(name)));
  }

  private static ColumnType columnType(ColumnType.Kind kind, boolean unsigned, List<String> args, String column, ColDataType dt) {
    List<Integer> nums = new ArrayList<>();
    for (String a : args) {
      try {
        nums.add(Integer.parseInt(a.trim()));
      } catch (NumberFormatException e) {
        throw unsupported("data type", dt.toString() + " of column " + column);
      }
    }
    switch (kind) {
      case DECIMAL: {
        int p = nums.isEmpty() ? 10 : nums.get(0);
        int s = nums.size() > 1 ? nums.get(1) : 0;
        return new ColumnType(kind, unsigned, -1, p, s);
      }
      case CHAR: case BINARY:
        return new ColumnType(kind, false, nums.isEmpty() ? 1 : nums.get(0), 0, 0);
      case VARCHAR: case VARBINARY:
        if (nums.isEmpty()) throw new SqlException("column " + column + ": " + kind + " needs a length");
        return new ColumnType(kind, false, nums.get(0), 0, 0);
      case DATETIME: case TIMESTAMP:
        if (!nums.isEmpty() && (nums.get(0) < 0 || nums.get(0) > 6)) {
          throw unsupported("data type", kind + "(" + nums.get(0) + ") of column " + column + " (fractional seconds 0..6)");
        }
        // DATETIME(n): the precision is kept; values are compared at second precision
        return new ColumnType(kind, false, -1, nums.isEmpty() ? 0 : nums.get(0), 0);
      case TEXT: case BLOB:
        return new ColumnType(kind, false, -1, 0, 0);
      default:
        return new ColumnType(kind, unsigned, -1, 0, 0);  // display widths like int(11) change nothing
    }
  }

  private static Value defaultValue(String text, ColumnType type, String column) {
    String u = text.toUpperCase(Locale.ROOT).replace("()", "");
    Value raw;
    if (u.equals("NULL")) {
      return Value.Null.INSTANCE;
    } else if (u.equals("CURRENT_TIMESTAMP") || u.equals("NOW") || u.equals("LOCALTIMESTAMP")) {
      raw = Values.NOW;
    } else if (text.startsWith("'") || text.startsWith("\"")) {
      raw = new Value.Str(Lexer.unescapeLiteral(text.substring(1, text.length() - 1)));
    } else if (u.equals("TRUE") || u.equals("FALSE")) {
      raw = Value.Int.of(u.equals("TRUE") ? 1 : 0);
    } else {
      try {
        BigDecimal d = new BigDecimal(text);
        raw = d.scale() <= 0 && text.matches("[+-]?\\d+") ? new Value.Int(d.toBigIntegerExact()) : new Value.Dec(d);
      } catch (NumberFormatException e) {
        throw unsupported("default value", text + " of column " + column);
      }
    }
    try {
      return type.coerce(raw);
    } catch (SchemaException e) {
      throw new SqlException("invalid default value for column " + column + ": " + text);
    }
  }

  private static void index(TableBuilder b, Index ix, String text) {
    if (ix instanceof CheckConstraint) throw unsupported("CHECK constraint", ix.toString());
    if (ix instanceof ForeignKeyIndex fk) {
      foreignKey(b, fk);
      return;
    }
    String type = ix.getType() == null ? "" : ix.getType().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    checkIndexSpec(ix);
    List<KeyPart> parts = keyParts(ix, text);
    String name = ix.getName() == null ? null : Converter.unquote(ix.getName());
    if (name != null && name.startsWith(UNNAMED)) name = null;
    if (ix.getName() != null && name != null) name = unquoteKeepCase(ix.getName());
    switch (type) {
      case "PRIMARY KEY":
        b.primaryKey(parts);
        break;
      case "KEY": case "INDEX":
        b.index(name, false, parts);
        break;
      case "UNIQUE": case "UNIQUE KEY": case "UNIQUE INDEX":
        b.index(name, true, parts);
        break;
      default:
        throw unsupported("index type", ix.getType() + " " + (ix.getName() == null ? "" : ix.getName()));
    }
  }

  private static void checkIndexSpec(Index ix) {
    List<String> spec = ix.getIndexSpec();
    if (spec == null) return;
    for (int i = 0; i < spec.size(); i++) {
      String s = spec.get(i).toUpperCase(Locale.ROOT);
      switch (s) {
        case "USING": case "COMMENT": case "KEY_BLOCK_SIZE":
          i++;
          if (i < spec.size() && spec.get(i).equals("=")) i++;
          break;
        case "VISIBLE": case "NOT": case "IGNORED":
          break;
        case "INVISIBLE":
          throw unsupported("index option", "INVISIBLE");
        default:
          throw unsupported("index option", spec.get(i));
      }
    }
  }

  private static List<KeyPart> keyParts(Index ix, String text) {
    List<KeyPart> parts = new ArrayList<>();
    for (Index.ColumnParams p : ix.getColumns()) {
      String col = p.getColumnName().trim();
      String prefix = null;
      String paramsText = p.getParams() == null ? "" : String.join(" ", p.getParams());
      // JSqlParser may leave the prefix in the name ("`a` (20)") or in the params ("(20)")
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.*?)\\s*\\(\\s*(\\d+)\\s*\\)\\s*(.*)$").matcher(col);
      if (m.matches()) {
        col = m.group(1);
        prefix = m.group(2);
        paramsText = (m.group(3) + " " + paramsText).trim();
      }
      java.util.regex.Matcher pm = java.util.regex.Pattern.compile("^\\(\\s*(\\d+)\\s*\\)\\s*(.*)$").matcher(paramsText);
      if (pm.matches()) {
        prefix = pm.group(1);
        paramsText = pm.group(2).trim();
      }
      if (paramsText.equalsIgnoreCase("DESC")) throw unsupported("descending index", ix.toString());
      if (!paramsText.isEmpty() && !paramsText.equalsIgnoreCase("ASC")) throw unsupported("key part", col + " " + paramsText);
      String column = Converter.unquote(col);
      parts.add(new KeyPart(column, prefix == null ? 0 : prefixLength(column, prefix, text)));
    }
    return parts;
  }

  /** A key part's prefix length: the grammar reads a 32-bit number (a longer one is error 1064), and 0 is error 1391. */
  private static int prefixLength(String column, String digits, String text) {
    String d = digits.replaceFirst("^0+(?=\\d)", "");
    if (d.length() > 10 || Long.parseLong(d) > Integer.MAX_VALUE) {
      int at = text.indexOf(digits);
      throw SqlParser.syntaxErrorAt(text, at < 0 ? 0 : at);
    }
    int n = Integer.parseInt(d);
    if (n == 0) throw new SqlException("key part '" + column + "' length cannot be 0 (error 1391)");
    return n;
  }

  private static void foreignKey(TableBuilder b, ForeignKeyIndex fk) {
    String name = fk.getName() == null ? null : unquoteKeepCase(fk.getName());
    if (name != null && Converter.unquote(name).startsWith(UNNAMED)) name = null;
    List<String> cols = fk.getColumnsNames().stream().map(Converter::unquote).toList();
    List<String> refCols = fk.getReferencedColumnNames().stream().map(Converter::unquote).toList();
    if (fk.getTable().getSchemaName() != null) throw unsupported("qualified table name", fk.getTable().toString());
    String refTable = Converter.unquoteTable(fk.getTable().getName());
    b.foreignKey(name, null, cols, refTable, refCols, action(fk, ReferentialAction.Type.DELETE),
        action(fk, ReferentialAction.Type.UPDATE));
  }

  private static RefAction action(ForeignKeyIndex fk, ReferentialAction.Type type) {
    ReferentialAction a = fk.getReferentialAction(type);
    if (a == null) return RefAction.RESTRICT;
    switch (a.getAction()) {
      case CASCADE: return RefAction.CASCADE;
      case RESTRICT: return RefAction.RESTRICT;
      case NO_ACTION: return RefAction.NO_ACTION;
      case SET_NULL: return RefAction.SET_NULL;
      default: throw unsupported("referential action", "ON " + type + " " + a.getAction().getAction());
    }
  }

  private static String unquoteKeepCase(String name) {
    String n = name.trim();
    if (n.length() >= 2 && n.startsWith("`") && n.endsWith("`")) n = n.substring(1, n.length() - 1);
    return n;
  }

  /** A COLLATE name; one neither server knows is error 1273. */
  private static Collation collation(String name) {
    if (!Collation.isKnown(name)) throw new SqlException("unknown collation: '" + Texts.cut(name) + "' (error 1273)");
    return Collation.forName(name);
  }

  /** A CHARACTER SET name; one neither server knows is error 1115. */
  private static String charset(String name) {
    if (!name.equalsIgnoreCase("binary") && !Collation.isKnownCharset(name)) {
      throw new SqlException("unknown character set: '" + Texts.cut(name) + "' (error 1115)");
    }
    return name;
  }

  private static String stripQuotes(String s) {
    if (s.length() >= 2 && (s.startsWith("'") || s.startsWith("\"") || s.startsWith("`"))) return s.substring(1, s.length() - 1);
    return s;
  }

  private static String next(List<String> specs, int i) {
    if (i + 1 >= specs.size()) throw new SqlException("syntax error at end of column definition");
    return specs.get(i + 1);
  }

  private static SqlException unsupported(String what, String offending) {
    return new SqlException("unsupported " + what + ": " + SqlParser.oneLine(offending));
  }
}
