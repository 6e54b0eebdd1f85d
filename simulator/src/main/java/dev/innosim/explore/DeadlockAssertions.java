package dev.innosim.explore;

import dev.innosim.scenario.Template;

/**
 * Assertions for a user's own tests (JUnit 5 or any framework that reports an
 * {@link AssertionError}): the failure message is the shortest deadlocking schedule as a runnable
 * scenario; stateless.
 *
 * <pre>
 * DeadlockAssertions.assertNoDeadlock("transfer.sql", Files.readString(path));
 * </pre>
 */
public final class DeadlockAssertions {
  private DeadlockAssertions() {}

  /**
   * Fails unless exploring the scenario or template (every schedule, every assignment, at the
   * granularity it states) proves it cannot deadlock.
   */
  public static ExploreReport assertNoDeadlock(String file, String text) {
    Template t = Template.read(file, text);
    return assertNoDeadlock(t, ExploreOptions.exhaustive().withGranularity(TemplateCheck.granularity(t)));
  }

  /** As {@link #assertNoDeadlock(String, String)}, with options (profile, limits). */
  public static ExploreReport assertNoDeadlock(Template t, ExploreOptions options) {
    ExploreReport r = TemplateExplorer.explore(t, options);
    if (r.deadlockPossible()) {
      ExploreReport.Result w = r.deadlockWitness().orElseThrow();
      throw new AssertionError(t.file() + ": deadlock possible"
          + (w.assignments().isEmpty() ? "" : " with " + w.assignments().get(0))
          + "; the shortest schedule (" + w.witness().size() + " steps), as a scenario:\n" + w.witnessScenario());
    }
    if (!r.complete()) throw new AssertionError(t.file() + ": " + r.verdict());
    return r;
  }
}
