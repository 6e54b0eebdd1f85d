/** Tables, columns, indexes, SQL values and their MySQL comparison rules. */
package dev.innosim.schema;
