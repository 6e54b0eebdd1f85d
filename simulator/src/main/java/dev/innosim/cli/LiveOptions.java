package dev.innosim.cli;

import dev.innosim.live.LiveFailure;
import dev.innosim.live.LiveTarget;
import dev.innosim.live.ServerIdentity;
import java.io.Console;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options of the commands that run on a live server: where it is, who logs in, which profile to compare with. */
final class LiveOptions {
  @Option(names = "--url", required = true, paramLabel = "URL",
      description = "The server: jdbc:mysql://HOST:PORT/ (MySQL Connector/J) or jdbc:mariadb://HOST:PORT/ (MariaDB Connector/J).")
  String url;

  @Option(names = "--user", paramLabel = "USER", description = "Account to log in with; default: your login name.")
  String user = System.getProperty("user.name", "root");

  @Option(names = "--password", paramLabel = "PASSWORD",
      description = "Password; without this option: the INNOSIM_PASSWORD environment variable, else a prompt (empty without a terminal). Never printed.")
  String password;

  /** The target, the password taken from the option, the environment or a prompt, in that order. */
  LiveTarget target() {
    String p = password;
    if (p == null) p = System.getenv("INNOSIM_PASSWORD");
    if (p == null) {
      Console c = System.console();
      char[] typed = c == null ? null : c.readPassword("Password for %s: ", user);
      p = typed == null ? "" : new String(typed);
    }
    return new LiveTarget(url, user, p);
  }

  /** The server's identity, with the profile replaced by {@code --server} if given. */
  static ServerIdentity identify(LiveTarget t, String serverOption) {
    ServerIdentity id = t.identify();
    Optional<dev.innosim.profile.ServerProfile> p = Main.profile(serverOption);
    return p.isPresent() ? id.withProfile(p.get()) : id;
  }

  static String header(ServerIdentity id, LiveTarget t) {
    return "server: " + id.describe() + " at " + t.shownUrl() + ", compared with profile " + id.profile().name()
        + id.note().map(n -> " (" + n + ")").orElse("");
  }

  /** Thrown on so that Main prints the one line and exits 2. */
  static Main.BadInput bad(LiveFailure f) {
    return new Main.BadInput(f.getMessage());
  }
}
