package dev.innosim.schema;

/** Transaction isolation levels. */
public enum IsolationLevel {
  READ_UNCOMMITTED, READ_COMMITTED, REPEATABLE_READ, SERIALIZABLE;

  /** True for RC and RU, which take no gap locks for searches and unlock non-matching rows. */
  public boolean skipsGapLocks() { return this == READ_UNCOMMITTED || this == READ_COMMITTED; }

  /** The level as SQL writes it: {@code REPEATABLE READ}. */
  public String sqlName() { return name().replace('_', ' '); }

  /**
   * The level a name spells, case-insensitive, with spaces, dashes or underscores between words
   * ({@code REPEATABLE READ}, {@code repeatable-read}, {@code READ_COMMITTED}) or abbreviated
   * ({@code RR}, {@code RC}, {@code RU}); empty for anything else.
   */
  public static java.util.Optional<IsolationLevel> parse(String name) {
    String n = name.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s_-]+", "_");
    switch (n) {
      case "RR": return java.util.Optional.of(REPEATABLE_READ);
      case "RC": return java.util.Optional.of(READ_COMMITTED);
      case "RU": return java.util.Optional.of(READ_UNCOMMITTED);
      default:
        for (IsolationLevel l : values()) {
          if (l.name().equals(n)) return java.util.Optional.of(l);
        }
        return java.util.Optional.empty();
    }
  }
}
