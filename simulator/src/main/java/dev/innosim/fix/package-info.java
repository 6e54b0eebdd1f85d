/**
 * Candidate fixes for a deadlock as named rewrites of the scenario or program, each applied and
 * explored exhaustively with the original's parameters, value classes and granularity: a fix is
 * advised only when the exploration proves it ({@code docs/fix.md}).
 */
package dev.innosim.fix;
