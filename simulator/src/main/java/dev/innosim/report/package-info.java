/** Renderings for people: lock tables, server-style deadlock reports, plain-words explanations and HTML pictures, drawn from read-only engine snapshots. */
package dev.innosim.report;
