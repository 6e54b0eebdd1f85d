package dev.innosim.bench;

import dev.innosim.scenario.Scenario;
import dev.innosim.scenario.ScenarioParser;
import dev.innosim.scenario.ScenarioRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A golden scenario end to end, parsed once: {@link ScenarioRunner#run} builds the engine, runs
 * the setup and every step, fills the lock checkpoints and renders the annotated text.
 *
 * <p>The files are read from the jar (copied from {@code scenarios/golden} at build time), or from
 * the directory named by the system property {@code innosim.golden} when set.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar GoldenScenarioBench -f 1 -wi 3 -i 5}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GoldenScenarioBench {

  /** The golden files measured. */
  public enum Golden {
    BASIC_01("basic-01-pk-point-update"),
    BASIC_03("basic-03-pk-range-for-update"),
    SEED001("seed001-rc-index-merge-deadlock"),
    SEED003_1("seed003-1-accounts-opposite-order"),
    SEED003_4("seed003-4-foreign-key-parent-child");

    /** The file name without {@code .sql}. */
    public final String file;

    Golden(String file) { this.file = file; }
  }

  @Param
  public Golden golden;

  private Scenario scenario;

  @Setup
  public void setup() {
    String name = golden.file + ".sql";
    scenario = ScenarioParser.parse(name, read(name));
    ScenarioRunner.run(scenario, Optional.empty());
  }

  static String read(String name) {
    try {
      String dir = System.getProperty("innosim.golden");
      if (dir != null) return Files.readString(Path.of(dir, name));
      try (InputStream in = GoldenScenarioBench.class.getResourceAsStream("/golden/" + name)) {
        if (in == null) throw new IllegalStateException("golden/" + name + " is not in the jar; set -Dinnosim.golden=DIR");
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  public ScenarioRunner.Result run() {
    return ScenarioRunner.run(scenario, Optional.empty());
  }
}
