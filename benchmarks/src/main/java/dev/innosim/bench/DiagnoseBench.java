package dev.innosim.bench;

import dev.innosim.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code innosim diagnose LOG --schema NAME.ddl} in process (a warm JVM): read, decode, explain and
 * search the reconstruction of a production log of {@code scenarios/seeds/logs/} until it
 * reproduces; setup checks that it does (exit 0). The whole-process figure (JVM start included)
 * comes from {@code benchmarks/scripts/diagnose-end-to-end.sh}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar DiagnoseBench -f 1 -wi 3 -i 5} in the project folder.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DiagnoseBench {
  /** The production log diagnosed (two transactions each). */
  @Param({"delete-missing-then-insert-same-key", "prefix-index-collision-rc-errorlog", "repay-plan-index-merge-rc"})
  public String log;

  String[] args;

  @Setup
  public void setup() {
    Path dir = Path.of(System.getProperty("innosim.scenarios", "scenarios")).resolve("seeds/logs");
    if (!Files.isDirectory(dir)) throw new IllegalStateException("run in the project folder: no " + dir);
    args = new String[] {"diagnose", dir.resolve(log + ".txt").toString(), "--schema", dir.resolve(log + ".ddl").toString()};
    if (diagnose() != 0) throw new IllegalStateException(log + " does not reproduce");
  }

  @Benchmark
  public int diagnose() {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream p = new PrintStream(sink, false, StandardCharsets.UTF_8);
    return Main.run(args, p, p);
  }
}
