package dev.innosim.scenario;

import dev.innosim.profile.ServerProfile;
import dev.innosim.server.SimulatedServer;
import java.util.Optional;

/** Builds the server a scenario runs on (its profile, isolation levels); stateless. */
public final class ScenarioServers {
  private ScenarioServers() {}

  /** A fresh simulated server for a scenario, with {@code override} instead of the file's profile if given. */
  public static SimulatedServer simulated(Scenario sc, Optional<ServerProfile> override) {
    return new SimulatedServer(profileFor(sc, override), sc.isolation(), sc.sessionIsolation());
  }

  /** The profile a scenario asks for, unless {@code override} names one. */
  public static ServerProfile profileFor(Scenario sc, Optional<ServerProfile> override) {
    if (override.isPresent()) return override.get();
    if (sc.server().isPresent()) {
      return ServerProfile.byName(sc.server().get()).orElseThrow(() -> new ScenarioException(sc.file(), lineOf(sc, "@server"),
          "unknown server profile: " + sc.server().get() + " (known: " + String.join(", ",
              ServerProfile.all().stream().map(ServerProfile::name).toList()) + ")"));
    }
    return ServerProfile.defaultProfile();
  }

  /** The line of the file's {@code -- @server:} directive (0 if absent). */
  private static int lineOf(Scenario sc, String directive) {
    for (int i = 0; i < sc.lines().size(); i++) {
      if (sc.lines().get(i).strip().replaceAll("\\s+", "").startsWith("--" + directive)) return sc.lineNumber(i);
    }
    return 0;
  }
}
