package dev.innosim.report;

/**
 * The names a server report shows that the simulator does not have: the database name and the
 * client's host and user; immutable.
 */
public record ReportNames(String database, String host, String user) {
  /** {@code test}, {@code localhost}, {@code root}. */
  public static final ReportNames DEFAULT = new ReportNames("test", "localhost", "root");
}
