package dev.innosim.sql;

/**
 * Hand-written JSON literals: strings escaped per RFC 8259, numbers as they are, null; stateless.
 * Shared by the JSON outputs of {@code report}, {@code explore}, {@code log} and {@code cli}.
 */
public final class Json {
  private Json() {}

  public static String value(Object o) {
    if (o == null) return "null";
    if (o instanceof Number || o instanceof Boolean) return o.toString();
    return string(o.toString());
  }

  public static String string(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': b.append("\\\""); break;
        case '\\': b.append("\\\\"); break;
        case '\n': b.append("\\n"); break;
        case '\r': b.append("\\r"); break;
        case '\t': b.append("\\t"); break;
        default:
          if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
          else b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
