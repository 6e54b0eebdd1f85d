/** JMH benchmarks of the simulator's hot paths, each on precomputed input. */
package dev.innosim.bench;
