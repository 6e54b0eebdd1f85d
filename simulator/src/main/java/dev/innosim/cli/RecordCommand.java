package dev.innosim.cli;

import dev.innosim.live.LiveFailure;
import dev.innosim.live.LiveRun;
import dev.innosim.live.LiveTarget;
import dev.innosim.live.ServerIdentity;
import dev.innosim.scenario.Scenario;
import dev.innosim.scenario.ScenarioException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code innosim record}: runs each scenario twice on a live server and writes the files whose runs
 * agree, annotated in the golden format, with the server's deadlock report beside them.
 */
@Command(name = "record", mixinStandardHelpOptions = true,
    description = "Run each scenario twice on a live MySQL or MariaDB and write it annotated with what the server did "
        + "(only when both runs agree), plus NAME.deadlock.txt with the server's own deadlock report.")
final class RecordCommand implements Callable<Integer> {
  @CommandLine.ParentCommand Main main;

  @Mixin LiveOptions live;

  @Option(names = "--out", paramLabel = "DIR", description = "Folder to write the recordings into (created if missing); default: the current folder.")
  Path out = Path.of(".");

  @Option(names = "--runs", paramLabel = "N", description = "Runs per file that must agree (default 2; 6 for wake-up races).")
  int runs = 2;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files.")
  List<Path> files;

  @Override
  public Integer call() {
    if (runs < 1) throw new Main.BadInput("innosim: --runs must be at least 1");
    Set<Path> inputs = new HashSet<>();
    for (Path f : files) {
      if (!Files.isRegularFile(f)) throw new Main.BadInput(f + ": no such file");
      inputs.add(real(f));
    }
    Set<String> names = new HashSet<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      Path target = out.resolve(name);
      if (inputs.contains(real(target))) {
        throw new Main.BadInput("innosim: --out " + out + " would overwrite the input " + f + "; choose another folder");
      }
      if (!names.add(name)) throw new Main.BadInput("innosim: two inputs are named " + name + "; record them into different folders");
    }
    LiveTarget target;
    ServerIdentity id;
    try {
      target = live.target();
      id = target.identify();
    } catch (LiveFailure f) {
      throw LiveOptions.bad(f);
    }
    main.out.println("server: " + id.describe() + " at " + target.shownUrl());
    int written = 0;
    int notWritten = 0;
    boolean badInput = false;
    for (Path f : files) {
      String verdict;
      try {
        verdict = record(f, target, id);
      } catch (LiveFailure e) {
        throw LiveOptions.bad(e);
      } catch (ScenarioException | Main.BadInput e) {
        verdict = "FAILED " + e.getMessage();
        badInput = true;
      }
      if (verdict.startsWith("ok")) written++;
      else notWritten++;
      main.out.println(verdict);
    }
    main.out.println(written + " recorded, " + notWritten + " not written");
    main.out.flush();
    if (badInput) return Main.EXIT_BAD_INPUT;
    return notWritten == 0 ? Main.EXIT_OK : Main.EXIT_DIFFERENCES;
  }

  private String record(Path f, LiveTarget target, ServerIdentity id) {
    String text = Main.read(f);
    Scenario sc = Main.parse(f, text);
    List<LiveRun> done = new ArrayList<>();
    for (int r = 1; r <= runs; r++) {
      LiveRun run = LiveRun.run(sc, target, id);
      if (!done.isEmpty() && !run.annotated().equals(done.get(0).annotated())) {
        return "FLAKY  " + f + " (run " + r + " differs from run 1 at line " + firstDifferentLine(done.get(0).annotated(), run.annotated())
            + "; not written)";
      }
      done.add(run);
    }
    String name = f.getFileName().toString();
    String stem = name.endsWith(".sql") ? name.substring(0, name.length() - 4) : name;
    Path sql = out.resolve(name);
    Path deadlock = out.resolve(stem + ".deadlock.txt");
    try {
      Files.createDirectories(out);
      Files.writeString(sql, done.get(0).annotated(), StandardCharsets.UTF_8);
      String dl = done.get(0).deadlockText();
      if (!dl.isEmpty()) Files.writeString(deadlock, dl, StandardCharsets.UTF_8);
      else Files.deleteIfExists(deadlock);
    } catch (IOException e) {
      throw new Main.BadInput(sql + ": cannot write: " + e.getMessage());
    }
    return "ok     " + f + " -> " + sql;
  }

  private static int firstDifferentLine(String a, String b) {
    String[] x = a.split("\n", -1);
    String[] y = b.split("\n", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) if (!x[i].equals(y[i])) return i + 1;
    return Math.min(x.length, y.length) + 1;
  }

  private static Path real(Path p) {
    try {
      return Files.exists(p) ? p.toRealPath() : p.toAbsolutePath().normalize();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }
}
