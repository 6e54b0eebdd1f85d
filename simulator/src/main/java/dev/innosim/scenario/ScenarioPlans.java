package dev.innosim.scenario;

import dev.innosim.plan.PlanChoice;
import dev.innosim.profile.ServerProfile;
import dev.innosim.server.SimulatedServer;
import dev.innosim.server.StepEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs a scenario and collects, per step, the access paths its statement chose (what {@code innosim plan} prints); stateless. */
public final class ScenarioPlans {
  private ScenarioPlans() {}

  /** One step's statement and the plans it chose (none for a statement that reads no table through InnoDB). */
  public record StepPlans(int line, String session, String sql, List<PlanChoice> plans) {
    public StepPlans { plans = List.copyOf(plans); }
  }

  /** Each step of the scenario, in order, with its plans; setup statements are not listed. */
  public static List<StepPlans> run(Scenario sc, Optional<ServerProfile> override) {
    SimulatedServer server = ScenarioServers.simulated(sc, override);
    List<StepPlans> out = new ArrayList<>();
    TraceRunner.run(sc, server, new TraceRunner.Observer() {
      @Override public void afterStep(int index, Scenario.Step step, StepEvents events) {
        List<PlanChoice> plans = server.drainPlans();
        out.add(new StepPlans(sc.lineNumber(step.firstLine()), step.session().name(), step.sql(),
            plans.stream().filter(p -> p.statement().equals(step.statement().text()))
                .collect(java.util.stream.Collectors.toMap(PlanChoice::text, p -> p, (a, b) -> a,
                    java.util.LinkedHashMap::new)).values().stream().toList()));
      }
    });
    return out;
  }
}
