/** Production deadlock logs (SHOW ENGINE INNODB STATUS, error logs) read into typed values, decoded with a schema and explained. */
package dev.innosim.log;
