/** Turning SQL text into innosim's own immutable statement model; JSqlParser stays behind this door. */
package dev.innosim.sql;
