package dev.innosim.live;

import dev.innosim.profile.ServerProfile;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a live server is: its family, {@code VERSION()}, {@code version_comment}, and the profile
 * innosim simulates it with (with a note when the version has no profile of its own); immutable.
 */
public record ServerIdentity(Flavor flavor, String version, String versionComment, ServerProfile profile,
                             Optional<String> note) {

  private static final Pattern MAJOR_MINOR = Pattern.compile("^(\\d+)\\.(\\d+)");

  /** The identity of a server whose {@code VERSION()} is {@code version}; a version innosim cannot run on is a failure. */
  public static ServerIdentity of(String version, String versionComment) {
    Matcher m = MAJOR_MINOR.matcher(version);
    if (!m.find()) throw new LiveFailure("innosim: cannot read the server version '" + version + "'");
    int major = Integer.parseInt(m.group(1));
    int minor = Integer.parseInt(m.group(2));
    String comment = versionComment == null ? "" : versionComment;
    if (version.toLowerCase(java.util.Locale.ROOT).contains("mariadb")) {
      if (major < 10 || (major == 10 && minor < 5)) {
        throw new LiveFailure("innosim: MariaDB " + version + " is older than supported (10.5 or later)");
      }
      ServerProfile p = ServerProfile.MARIADB_10_11;
      Optional<String> note = major == 10 && minor == 11 ? Optional.empty()
          : Optional.of("MariaDB " + major + "." + minor + " has no profile of its own; simulating it as " + p.name());
      return new ServerIdentity(Flavor.MARIADB, version, comment, p, note);
    }
    if (major < 5 || (major == 5 && minor < 7)) {
      throw new LiveFailure("innosim: MySQL " + version + " is older than supported (5.7 or later)");
    }
    if (major == 5) return new ServerIdentity(Flavor.MYSQL, version, comment, ServerProfile.MYSQL_5_7, Optional.empty());
    if (major == 8 && minor == 0) {
      return new ServerIdentity(Flavor.MYSQL, version, comment, ServerProfile.MYSQL_8_0, Optional.empty());
    }
    Optional<ServerProfile> newest = ServerProfile.byName("mysql-9.7");
    if (newest.isPresent()) {
      Optional<String> note = major == 9 && minor == 7 ? Optional.empty()
          : Optional.of("MySQL " + major + "." + minor + " has no profile of its own; simulating it as mysql-9.7");
      return new ServerIdentity(Flavor.MYSQL, version, comment, newest.get(), note);
    }
    return new ServerIdentity(Flavor.MYSQL, version, comment, ServerProfile.MYSQL_8_0,
        Optional.of("MySQL " + major + "." + minor + " has no profile of its own in this build; simulating it as mysql-8.0"));
  }

  /** The same server simulated with another profile (the user's {@code --server}). */
  public ServerIdentity withProfile(ServerProfile p) {
    return new ServerIdentity(flavor, version, versionComment, p, Optional.empty());
  }

  /** {@code MariaDB 10.11.19-MariaDB-0+deb12u1 Debian 12}, {@code MySQL 9.7.4-2 (Debian)}. */
  public String describe() {
    return (flavor == Flavor.MARIADB ? "MariaDB " : "MySQL ") + version + (versionComment.isEmpty() ? "" : " " + versionComment);
  }
}
