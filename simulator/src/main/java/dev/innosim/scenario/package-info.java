/** The scenario file format: parsing, writing, running through a server into a trace, annotating and checking. */
package dev.innosim.scenario;
