/** Wait-for cycle search and victim choice, as each server does them. */
package dev.innosim.deadlock;
