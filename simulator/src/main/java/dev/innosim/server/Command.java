package dev.innosim.server;

import dev.innosim.sql.Statement;

/**
 * A statement to execute: its text as the user wrote it (what a live server receives), the parsed
 * model (what the simulator runs) and the 1-based line it starts on, for messages; immutable.
 */
public record Command(String sql, Statement statement, int line) {}
