package dev.innosim.log;

/** The kinds of statement (or engine action) that take row and table locks, as an explanation names them; immutable. */
public enum StatementKind {
  SELECT_FOR_UPDATE("SELECT ... FOR UPDATE"),
  SELECT_FOR_SHARE("SELECT ... FOR SHARE / LOCK IN SHARE MODE"),
  SERIALIZABLE_SELECT("a plain SELECT under SERIALIZABLE"),
  UPDATE("UPDATE"),
  DELETE("DELETE"),
  INSERT("INSERT"),
  INSERT_SELECT("INSERT ... SELECT (reading its source rows)"),
  INSERT_DUPLICATE("an INSERT whose key was taken, or an UPDATE of a unique key to a taken value (its duplicate check)"),
  UPSERT("INSERT ... ON DUPLICATE KEY UPDATE or REPLACE"),
  FOREIGN_KEY_CHECK("a foreign key check (a child row's INSERT / UPDATE checking its parent, a parent's DELETE / UPDATE checking children)"),
  IMPLICIT("this transaction's own INSERT or UPDATE of the record, made explicit when another transaction asked for it"),
  INHERITED("a gap lock inherited when a record was purged or a gap was split by an insert"),
  LOCK_TABLES("LOCK TABLES or DDL");

  private final String words;

  StatementKind(String words) { this.words = words; }

  /** The kind in words. */
  public String words() { return words; }

  /** Whether a statement of this kind can be the one the log shows running (not an engine action on its behalf). */
  public boolean statement() { return this != IMPLICIT && this != INHERITED; }
}
