/**
 * The simulated server, split by responsibility: {@code Engine} drives sessions step by step,
 * {@code Statements} plans, {@code Exec} runs statements through the narrow {@code Locking}
 * interface, {@code Inserter}, {@code UndoLog}, {@code Transactions} and {@code DeadlockResolver}
 * each do one job, and {@code Snapshot} is the read-only picture reports draw from.
 */
package dev.innosim.engine;
