package dev.innosim.explore;

import dev.innosim.profile.ServerProfile;
import dev.innosim.scenario.Template;
import java.util.Optional;

/** Checks a template's stated {@code -- @verdict:} by exploring it; stateless. */
public final class TemplateCheck {
  private TemplateCheck() {}

  /** The states a check explores at most before it says the verdict is not proven. */
  public static final long MAX_STATES = 2_000_000;

  /** The granularity the template asks for ({@code -- @granularity: row}), else statement. */
  public static ExploreOptions.Granularity granularity(Template t) {
    return t.rowGranularity() ? ExploreOptions.Granularity.ROW : ExploreOptions.Granularity.STATEMENT;
  }

  /** Why the template does not hold (empty when exploring it concludes what it states). */
  public static Optional<String> firstDifference(Template t, Optional<ServerProfile> profile) {
    if (t.verdict().isEmpty()) {
      return Optional.of(t.file() + ": a template states what exploring it concludes: add '-- @verdict: deadlock possible' or "
          + "'-- @verdict: no deadlock'");
    }
    Template.Verdict want = t.verdict().get();
    ExploreReport r = TemplateExplorer.explore(t, ExploreOptions.exhaustive().withMaxStates(MAX_STATES).withProfile(profile)
        .withGranularity(granularity(t)));
    if (want.deadlockPossible() == r.deadlockPossible() && (r.complete() || r.deadlockPossible())) return Optional.empty();
    return Optional.of(t.file() + ":" + want.line() + ": expected `" + want.text() + "` but innosim gives `" + r.verdict() + "`");
  }
}
