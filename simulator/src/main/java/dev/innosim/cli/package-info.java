/** Commands, options and exit codes: the only package that prints or exits. */
package dev.innosim.cli;
