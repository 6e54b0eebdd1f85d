/** The lock system: modes and conflict rules as literal tables, per-record and per-table queues, grant, wait and release. */
package dev.innosim.lock;
