/** MySQL's own vocabulary that every layer shares: error numbers with their sentences, session names, lock rows as data_locks shows them. */
package dev.innosim.mysql;
