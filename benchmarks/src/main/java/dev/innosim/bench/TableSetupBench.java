package dev.innosim.bench;

import dev.innosim.engine.Engine;
import dev.innosim.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The setup of {@link RangeScanBench} alone: a new engine, CREATE TABLE and 10^5 rows inserted by
 * 100 setup INSERTs of 1,000 rows each (one parsed, see {@link RangeScanBench#setupStatements}); one
 * shot per iteration.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar TableSetupBench -f 1 -wi 3 -i 5}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class TableSetupBench {

  @Benchmark
  public Engine buildTable() {
    Engine e = RangeScanBench.newEngine();
    for (Statement st : RangeScanBench.setupStatements()) e.setup(st);
    return e;
  }
}
