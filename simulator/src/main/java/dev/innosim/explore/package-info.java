/** Interleavings: every schedule of a set of transactions (with state merging) or a seeded random sample, and the shortest witness of each end result. */
package dev.innosim.explore;
