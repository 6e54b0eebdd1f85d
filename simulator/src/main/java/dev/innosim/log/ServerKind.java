package dev.innosim.log;

/**
 * The report layouts a deadlock log comes in, each with the server versions that print it and
 * the profile whose rules explain it; immutable.
 */
public enum ServerKind {
  /** The 5.6 layout with a {@code yymmdd hh:mm:ss} timestamp and trx ids in hex: MySQL 5.5 and earlier. */
  MYSQL_55("MySQL 5.5 or earlier", "mysql-5.7"),
  /** {@code (1)} waits; {@code (2)} holds and waits; thread handle in hex without {@code 0x}. */
  MYSQL_56("MySQL 5.6", "mysql-5.7"),
  /** As 5.6 with a {@code 0x} thread handle: MySQL 5.7 (also Percona Server 5.7, MySQL 8.0 before 8.0.18). */
  MYSQL_57("MySQL 5.7 (or 8.0 before 8.0.18)", "mysql-5.7"),
  /** The two-transaction layout with a decimal thread handle: MySQL 8.0.0 to 8.0.17. */
  MYSQL_80_EARLY("MySQL 8.0 before 8.0.18", "mysql-5.7"),
  /** Every member with {@code TRANSACTION}, {@code HOLDS THE LOCK(S)}, {@code WAITING FOR}: MySQL 8.0.18+, 8.4, 9.x. */
  MYSQL_80("MySQL 8.0.18 or later (8.4, 9.x)", "mysql-8.0"),
  /** {@code MariaDB thread id} with the numbered 5.7 layout: MariaDB up to 10.5. */
  MARIADB_105("MariaDB 10.5 or earlier", "mariadb-10.11"),
  /** Numbered from the waiting transaction, unnumbered {@code WAITING FOR}, {@code CONFLICTING WITH}: MariaDB 10.6+. */
  MARIADB_106("MariaDB 10.6 or later", "mariadb-10.11");

  private final String versions;
  private final String profile;

  ServerKind(String versions, String profile) {
    this.versions = versions;
    this.profile = profile;
  }

  /** The server versions that print this layout, in words. */
  public String versions() { return versions; }

  /** The name of the innosim profile whose rules stand in for that server. */
  public String profile() { return profile; }

  /** Whether the server is MariaDB. */
  public boolean mariaDb() { return this == MARIADB_105 || this == MARIADB_106; }

  /** Whether the {@code WE ROLL BACK TRANSACTION (n)} line can be believed: MariaDB 10.6+ (10.11.18, 10.11.19) may number the survivor there. */
  public boolean victimLineTrusted() { return this != MARIADB_106; }
}
