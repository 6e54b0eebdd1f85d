package dev.innosim.fix;

import java.util.Optional;

/**
 * The candidate fixes, each a named rewrite rule with a one-line description; a literal table
 * (the rules live in {@link OrderRules}, {@link IndexRules} and {@link StatementRules}).
 */
enum Candidate {
  LOCK_ORDER("lock-order", "one lock order: every transaction locks the rows of each table in ascending key order (commuting statements reordered)",
      OrderRules::lockOrder, Optional.empty()),
  LOCK_UP_FRONT("lock-up-front", "lock up front: a SELECT ... FOR UPDATE of the rows the transaction will touch (the parent row for a foreign key), in key order, as its first statement",
      OrderRules::lockUpFront, Optional.empty()),
  READ_COMMITTED("read-committed", "READ COMMITTED for the sessions: searches and scans lock records without their gaps",
      StatementRules::readCommitted, Optional.empty()),
  ADD_INDEX("add-index", "an index on the equality columns of a locking statement that no index covers, so it finds its rows by a point lookup",
      IndexRules::addIndex, Optional.empty()),
  IGNORE_INDEX("ignore-index", "IGNORE INDEX for all but the best single index a locking statement could merge, so it uses one index",
      IndexRules::ignoreIndex, Optional.empty()),
  MATCH_TYPE("match-type", "compare an indexed column with a literal of its own type, so the index is usable instead of a full scan",
      IndexRules::matchType, Optional.empty()),
  UPSERT("upsert", "upsert instead of check-then-insert: INSERT ... ON DUPLICATE KEY UPDATE or INSERT IGNORE in place of a locking read (or DELETE) of the key followed by its INSERT",
      StatementRules::upsert, Optional.empty()),
  BY_PRIMARY_KEY("by-primary-key", "read the ids first (a plain SELECT), then change the rows by primary key (WHERE pk IN (...) AND the original condition)",
      StatementRules::byPrimaryKey, Optional.empty()),
  SKIP_LOCKED("skip-locked", "SKIP LOCKED on queue claims (locking SELECTs with LIMIT)",
      StatementRules::skipLocked, Optional.empty()),
  ORDER_BY_KEY("order-by-key", "ORDER BY the primary key on locking statements with LIMIT; the rows of a multi-row INSERT sorted by key",
      OrderRules::orderByKey, Optional.empty()),
  SHORTER_TRANSACTIONS("shorter-transactions", "shorter transactions: commit between the statements of a transaction",
      OrderRules::shorterTransactions,
      Optional.of("changes semantics: the statements of a transaction are no longer atomic (another session sees and changes the rows in between)"));

  /** The candidate's name on the command line and in JSON. */
  final String id;
  final String description;
  final Rewrite.Rule rule;
  /** A change of meaning the rule always makes, whatever the exploration finds. */
  final Optional<String> semanticChange;

  Candidate(String id, String description, Rewrite.Rule rule, Optional<String> semanticChange) {
    this.id = id;
    this.description = description;
    this.rule = rule;
    this.semanticChange = semanticChange;
  }
}
