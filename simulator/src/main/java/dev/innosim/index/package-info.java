/** Ordered index records standing in for InnoDB's B-trees; records carry their lock queue and last modifier without knowing either. */
package dev.innosim.index;
