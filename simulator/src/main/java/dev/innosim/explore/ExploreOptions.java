package dev.innosim.explore;

import dev.innosim.profile.ServerProfile;
import java.util.Optional;

/**
 * How to explore; immutable.
 *
 * @param randomSchedules  0 for exhaustive search, else the number of seeded random schedules
 * @param seed             seed of the random schedules
 * @param maxStates        the search stops (and says so) after this many distinct states
 * @param timeBudgetMillis the search stops (and says so) after this much wall time; 0 = none
 * @param profile          server profile override
 */
public record ExploreOptions(long randomSchedules, long seed, long maxStates, long timeBudgetMillis,
                             Optional<ServerProfile> profile) {
  public static ExploreOptions exhaustive() {
    return new ExploreOptions(0, 0, 1_000_000, 0, Optional.empty());
  }

  public static ExploreOptions random(long n, long seed) {
    return new ExploreOptions(n, seed, 1_000_000, 0, Optional.empty());
  }

  public ExploreOptions withMaxStates(long n) {
    return new ExploreOptions(randomSchedules, seed, n, timeBudgetMillis, profile);
  }

  public ExploreOptions withTimeBudgetMillis(long ms) {
    return new ExploreOptions(randomSchedules, seed, maxStates, ms, profile);
  }

  public ExploreOptions withProfile(Optional<ServerProfile> p) {
    return new ExploreOptions(randomSchedules, seed, maxStates, timeBudgetMillis, p);
  }

  public boolean isRandom() { return randomSchedules > 0; }
}
