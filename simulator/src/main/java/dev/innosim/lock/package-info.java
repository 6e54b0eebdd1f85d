/** Lock modes, the conflict rules as literal tables, per-record queues, grant, wait and release; knows no SQL. */
package dev.innosim.lock;
