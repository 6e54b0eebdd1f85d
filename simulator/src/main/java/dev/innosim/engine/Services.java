package dev.innosim.engine;

import dev.innosim.profile.ServerProfile;

/**
 * What a running statement works with: the tables, the locking interface, the undo log, the
 * insert algorithm and the foreign-key checks; an immutable value (the parts are the engine's).
 */
record Services(ServerProfile profile, Catalog catalog, Locking locks, UndoLog undo, Inserter inserter, ForeignKeys fks) {}
