/** Ordered index records standing in for the B-tree: keys, delete marks, the supremum. */
package dev.innosim.index;
