/** Access-path choice: which index, which intervals, direction and index merge. */
package dev.innosim.plan;
