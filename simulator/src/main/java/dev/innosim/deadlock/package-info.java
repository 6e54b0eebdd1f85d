/** Wait-for cycle search (one edge per waiter, or every lock ahead for 5.7) and victim choice. */
package dev.innosim.deadlock;
