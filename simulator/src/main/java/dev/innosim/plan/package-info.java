/** Access-path choice as MariaDB's optimizer makes it on small tables, and the once-made plan of a statement. */
package dev.innosim.plan;
