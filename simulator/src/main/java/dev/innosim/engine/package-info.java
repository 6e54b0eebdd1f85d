/** Executes statements step by step; a blocked statement keeps its cursor and resumes when granted. */
package dev.innosim.engine;
