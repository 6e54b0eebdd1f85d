package dev.innosim.live;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The index layouts of a scenario's database as InnoDB stores them (clustered index, hidden
 * DB_ROW_ID, primary key columns appended to secondary indexes), read once after setup, and the
 * decoding of locked records' key fields into {@link KeyValue}s, ported from the oracle's
 * {@code Schema}; immutable after construction.
 */
final class IndexLayouts {
  /** A key field of an index: its column (lower case) and prefix length, if any. */
  record Part(String column, Optional<Integer> prefix) {}

  /** A column's name as declared and its types (lower case). */
  record Column(String name, String dataType, String columnType) {}

  private final Map<String, Map<String, Column>> columns = new HashMap<>();
  private final Map<String, Map<String, List<Part>>> indexes = new HashMap<>();
  private final Map<String, String> clustered = new HashMap<>();
  private final Map<String, Map<String, Integer>> rank = new HashMap<>();
  private final Optional<BigInteger> rowIdBase;

  IndexLayouts(Connection c, String db, Flavor flavor, Optional<BigInteger> rowIdBase) throws SQLException {
    this.rowIdBase = rowIdBase;
    try (PreparedStatement ps = c.prepareStatement("SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, COLUMN_TYPE FROM "
        + "information_schema.COLUMNS WHERE TABLE_SCHEMA=? ORDER BY TABLE_NAME, ORDINAL_POSITION")) {
      ps.setString(1, db);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          columns.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(lower(rs.getString(2)),
              new Column(rs.getString(2), lower(rs.getString(3)), lower(rs.getString(4))));
        }
      }
    }
    Map<String, Map<String, List<Part>>> user = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX, COLUMN_NAME, SUB_PART "
        + "FROM information_schema.STATISTICS WHERE TABLE_SCHEMA=? ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX")) {
      ps.setString(1, db);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int sub = rs.getInt(5);
          Optional<Integer> prefix = rs.wasNull() ? Optional.empty() : Optional.of(sub);
          user.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
              .computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new Part(lower(rs.getString(4)), prefix));
        }
      }
    }
    String sysIndexes = flavor == Flavor.MYSQL ? "INNODB_INDEXES" : "INNODB_SYS_INDEXES";
    String sysTables = flavor == Flavor.MYSQL ? "INNODB_TABLES" : "INNODB_SYS_TABLES";
    Map<String, List<String[]>> inno = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT t.NAME, i.NAME, i.TYPE, i.INDEX_ID FROM information_schema."
        + sysIndexes + " i JOIN information_schema." + sysTables + " t USING (TABLE_ID) WHERE t.NAME LIKE ? ORDER BY i.INDEX_ID")) {
      ps.setString(1, db + "/%");
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String t = rs.getString(1);
          t = t.substring(t.indexOf('/') + 1);
          inno.computeIfAbsent(t, k -> new ArrayList<>()).add(new String[] {rs.getString(2), Integer.toString(rs.getInt(3))});
        }
      }
    }
    for (Map.Entry<String, List<String[]>> e : inno.entrySet()) {
      String t = e.getKey();
      Map<String, List<Part>> idx = new HashMap<>();
      Map<String, Integer> order = new HashMap<>();
      String clust = null;
      for (String[] i : e.getValue()) if ((Integer.parseInt(i[1]) & 1) != 0) clust = i[0];
      clustered.put(t, clust);
      List<Part> clustParts = new ArrayList<>();
      if ("GEN_CLUST_INDEX".equals(clust)) {
        clustParts.add(new Part("DB_ROW_ID", Optional.empty()));
      } else {
        clustParts.addAll(user.getOrDefault(t, Map.of()).getOrDefault(clust, List.of()));
        clustParts.replaceAll(p -> new Part(p.column(), Optional.empty()));
      }
      idx.put(clust, clustParts);
      order.put(clust, 0);
      int r = 1;
      for (String[] i : e.getValue()) {
        int myRank = r++;
        if (i[0].equals(clust)) continue;
        List<Part> fields = new ArrayList<>(user.getOrDefault(t, Map.of()).getOrDefault(i[0], List.of()));
        for (Part pf : clustParts) {
          boolean present = fields.stream().anyMatch(f -> f.column().equals(pf.column()) && f.prefix().isEmpty());
          if (!present) fields.add(pf);
        }
        idx.put(i[0], fields);
        order.put(i[0], myRank);
      }
      indexes.put(t, idx);
      rank.put(t, order);
    }
  }

  private static String lower(String s) { return s == null ? "" : s.toLowerCase(java.util.Locale.ROOT); }

  /** The index's position in the table (clustered first, then by index id), 99 if unknown. */
  int rank(String table, String index) {
    return rank.getOrDefault(table, Map.of()).getOrDefault(index, 99);
  }

  /** The key parts of an index, if known. */
  Optional<List<Part>> layout(String table, String index) {
    return Optional.ofNullable(indexes.getOrDefault(table, Map.of()).get(index));
  }

  Optional<Column> column(String table, String column) {
    return Optional.ofNullable(columns.getOrDefault(table, Map.of()).get(column));
  }

  /** The table's clustered index name. */
  Optional<String> clusteredIndex(String table) { return Optional.ofNullable(clustered.get(table)); }

  /** The key fields of a record dumped by SHOW ENGINE INNODB STATUS. */
  List<KeyValue> decode(String table, String index, List<StatusDump.Field> fields) {
    Optional<List<Part>> layout = layout(table, index);
    List<KeyValue> out = new ArrayList<>();
    if (layout.isEmpty()) {
      for (StatusDump.Field f : fields) out.add(KeyValue.hex(f == null ? null : f.hex()));
      return out;
    }
    List<Part> parts = layout.get();
    for (int i = 0; i < parts.size() && i < fields.size(); i++) out.add(field(table, parts.get(i), fields.get(i)));
    return out;
  }

  private KeyValue rowId(BigInteger v) {
    return rowIdBase.map(b -> KeyValue.rowId(v.subtract(b).add(BigInteger.ONE), true)).orElse(KeyValue.rowId(v, false));
  }

  private KeyValue field(String table, Part desc, StatusDump.Field f) {
    if (f == null) return KeyValue.nul();
    byte[] raw = hexBytes(f.hex());
    if (desc.column().equals("DB_ROW_ID")) return rowId(new BigInteger(1, raw));
    Optional<Column> info = column(table, desc.column());
    if (info.isEmpty()) return KeyValue.hex(f.hex());
    String dt = info.get().dataType();
    String ct = info.get().columnType();
    if (f.truncated()) return KeyValue.truncated(new String(raw, StandardCharsets.UTF_8), f.len());
    switch (dt) {
      case "tinyint": case "smallint": case "mediumint": case "int": case "integer": case "bigint": {
        BigInteger v = new BigInteger(1, raw);
        if (!ct.contains("unsigned") && raw.length > 0) v = v.subtract(BigInteger.ONE.shiftLeft(8 * raw.length - 1));
        return KeyValue.integer(v);
      }
      case "char": case "varchar": case "text": case "tinytext": case "mediumtext": case "longtext": case "enum": case "set": {
        String s = new String(raw, StandardCharsets.UTF_8);
        if (dt.equals("char")) s = stripTrailingSpaces(s);
        return KeyValue.str(s);
      }
      case "datetime":
        if (raw.length == 5) {
          long v = new BigInteger(1, raw).longValue() - 0x8000000000L;
          long ymd = v >> 17;
          long hms = v % (1L << 17);
          long ym = ymd >> 5;
          long day = ymd % 32;
          long year = ym / 13;
          long month = ym % 13;
          long sec = hms % 64;
          long minute = (hms >> 6) % 64;
          long hour = hms >> 12;
          return KeyValue.str(String.format("%04d-%02d-%02d %02d:%02d:%02d", year, month, day, hour, minute, sec));
        }
        return KeyValue.hex(f.hex());
      case "date":
        if (raw.length == 3) {
          long v = new BigInteger(1, raw).longValue() ^ 0x800000L;
          return KeyValue.str(String.format("%04d-%02d-%02d", v >> 9, (v >> 5) % 16, v % 32));
        }
        return KeyValue.hex(f.hex());
      default:
        return KeyValue.hex(f.hex());
    }
  }

  private static final Pattern INT = Pattern.compile("-?\\d+");

  /** The key fields of a {@code performance_schema.data_locks.LOCK_DATA} value, as {@link #decode} gives them. */
  List<KeyValue> decodeLockData(String table, String index, String lockData) {
    List<String> toks = splitLockData(lockData);
    Optional<List<Part>> layout = layout(table, index);
    List<KeyValue> out = new ArrayList<>();
    if (layout.isEmpty()) {
      for (String t : toks) out.add(KeyValue.hex(t));
      return out;
    }
    List<Part> parts = layout.get();
    for (int i = 0; i < parts.size() && i < toks.size(); i++) {
      Part desc = parts.get(i);
      String tok = toks.get(i);
      String col = desc.column();
      String dt = column(table, col).map(Column::dataType).orElse("");
      if (tok.equals("NULL")) {
        out.add(KeyValue.nul());
      } else if (col.equals("DB_ROW_ID") && tok.startsWith("0x")) {
        out.add(rowId(new BigInteger(tok.substring(2), 16)));
      } else if (tok.startsWith("'") && tok.endsWith("'") && tok.length() >= 2) {
        String v = unquote(tok);
        byte[] b = v.getBytes(StandardCharsets.UTF_8);
        if (b.length > 30) {
          out.add(KeyValue.truncated(new String(b, 0, 30, StandardCharsets.UTF_8), b.length));
        } else {
          out.add(KeyValue.str(dt.equals("char") ? stripTrailingSpaces(v) : v));
        }
      } else if (tok.startsWith("0x")) {
        String h = tok.substring(2).toLowerCase(java.util.Locale.ROOT);
        out.add(field(table, desc, new StatusDump.Field(h.length() / 2, h, false)));
      } else if (INT.matcher(tok).matches()) {
        BigInteger v = new BigInteger(tok);
        if (dt.equals("date")) {
          long r = (v.longValue() ^ 0x800000L) & 0xffffffL;
          out.add(field(table, desc, new StatusDump.Field(3, String.format("%06x", r), false)));
        } else if (List.of("tinyint", "smallint", "mediumint", "int", "integer", "bigint").contains(dt)) {
          out.add(KeyValue.integer(v));
        } else {
          out.add(KeyValue.hex("dl:" + tok));
        }
      } else {
        out.add(KeyValue.hex("dl:" + tok));
      }
    }
    return out;
  }

  /** Splits {@code 10, 'a''b', 0x00FF, NULL} into its field tokens. */
  static List<String> splitLockData(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quote = false;
    int i = 0;
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (quote) {
        if (text.startsWith("''", i)) {
          cur.append("''");
          i += 2;
          continue;
        }
        cur.append(ch);
        if (ch == '\'') quote = false;
      } else if (ch == '\'') {
        quote = true;
        cur.append(ch);
      } else if (text.startsWith(", ", i)) {
        out.add(cur.toString());
        cur.setLength(0);
        i += 2;
        continue;
      } else {
        cur.append(ch);
      }
      i++;
    }
    out.add(cur.toString());
    return out;
  }

  /** data_locks quotes strings as SQL literals: '' for ', two backslashes for one. */
  static String unquote(String tok) {
    String body = tok.substring(1, tok.length() - 1);
    StringBuilder res = new StringBuilder();
    int i = 0;
    while (i < body.length()) {
      if (body.startsWith("''", i) || body.startsWith("\\\\", i)) {
        res.append(body.charAt(i));
        i += 2;
      } else {
        res.append(body.charAt(i));
        i++;
      }
    }
    return res.toString();
  }

  private static String stripTrailingSpaces(String s) {
    int e = s.length();
    while (e > 0 && s.charAt(e - 1) == ' ') e--;
    return s.substring(0, e);
  }

  private static byte[] hexBytes(String hex) {
    byte[] b = new byte[hex.length() / 2];
    for (int i = 0; i < b.length; i++) b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    return b;
  }
}
