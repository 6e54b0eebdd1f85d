/** MySQL's own vocabulary that every layer shares: error numbers with their sentences, session names. */
package dev.innosim.mysql;
