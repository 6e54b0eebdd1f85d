/**
 * The seam between a scenario and whatever executes it: the {@link dev.innosim.server.Server}
 * interface, the simulated implementation over the engine, and the typed values a run produces
 * (outcomes, releases, deadlocks, lock rows) that every renderer and comparison works on.
 */
package dev.innosim.server;
