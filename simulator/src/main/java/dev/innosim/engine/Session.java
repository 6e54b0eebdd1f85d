package dev.innosim.engine;

import dev.innosim.mysql.SessionId;
import dev.innosim.schema.IsolationLevel;

/** A client connection: its settings, current transaction and blocked statement; mutable. */
final class Session {
  final SessionId id;
  final int number;
  final String name;
  IsolationLevel isolation;
  IsolationLevel nextTrxIsolation;
  boolean autocommit = true;
  boolean inExplicitTrx;
  /** START TRANSACTION READ ONLY: writes fail with 1792 until the transaction ends. */
  boolean readOnly;
  Trx trx;
  /** The statement still running (blocked), or null. */
  Exec current;
  double lockWaitTimeout;
  boolean indexMergeIntersection = true;
  boolean indexMerge = true;
  boolean foreignKeyChecks = true;
  boolean uniqueChecks = true;
  /** User variables ({@code SET @x = ...}), name lower-cased; an unset one reads as NULL. */
  final java.util.Map<String, dev.innosim.schema.Value> userVariables = new java.util.HashMap<>();
  /** Text of the last DML statement issued. */
  String lastStatement;
  /** Logical time at which the current wait started. */
  double waitStartedAt;

  /** A copy of the settings, without the transaction and the statement (the engine copies those). */
  Session copySettings() {
    Session c = new Session(number, isolation, lockWaitTimeout);
    c.nextTrxIsolation = nextTrxIsolation;
    c.autocommit = autocommit;
    c.inExplicitTrx = inExplicitTrx;
    c.readOnly = readOnly;
    c.indexMergeIntersection = indexMergeIntersection;
    c.indexMerge = indexMerge;
    c.foreignKeyChecks = foreignKeyChecks;
    c.uniqueChecks = uniqueChecks;
    c.lastStatement = lastStatement;
    c.waitStartedAt = waitStartedAt;
    c.userVariables.putAll(userVariables);  // values are immutable
    return c;
  }

  Session(int number, IsolationLevel isolation, double lockWaitTimeout) {
    this.id = SessionId.of(number);
    this.number = number;
    this.name = id.name();
    this.isolation = isolation;
    this.lockWaitTimeout = lockWaitTimeout;
  }
}
