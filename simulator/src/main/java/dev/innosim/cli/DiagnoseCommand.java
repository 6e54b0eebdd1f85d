package dev.innosim.cli;

import dev.innosim.log.DeadlockDecoder;
import dev.innosim.log.DeadlockLog;
import dev.innosim.log.DeadlockLogParser;
import dev.innosim.log.DecodedDeadlock;
import dev.innosim.log.DiagnosisJson;
import dev.innosim.log.DiagnosisText;
import dev.innosim.log.EarlierStatements;
import dev.innosim.mysql.SessionId;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import dev.innosim.log.LogFormatException;
import dev.innosim.log.LogSchema;
import dev.innosim.profile.ServerProfile;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code innosim diagnose LOG}: a production deadlock log read, decoded with the schema, explained and reconstructed; single-threaded. */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
    description = "Read a deadlock log (SHOW ENGINE INNODB STATUS, its LATEST DETECTED DEADLOCK section, or an error log), decode it with the schema, explain every lock and try to reproduce it.")
final class DiagnoseCommand implements Callable<Integer> {
  @CommandLine.ParentCommand Main main;

  @Parameters(index = "0", paramLabel = "LOG", description = "The deadlock log.")
  Path log;

  @Option(names = "--schema", paramLabel = "DDL.sql", description = "SHOW CREATE TABLE output of the tables the log names.")
  Path schema;

  @Option(names = "--data", paramLabel = "ROWS.sql", description = "INSERT statements of rows to load before the reconstructed transactions.")
  Path data;

  @Option(names = "--server", paramLabel = "PROFILE", description = "Server profile: mysql-8.0, mysql-5.7 or mariadb-10.11; default: the one the log's layout comes from.")
  String server;

  @Option(names = "--nth", paramLabel = "N", description = "Which deadlock of the file (1 = first); default: the last.")
  Integer nth;

  @Option(names = "--out", paramLabel = "SCENARIO.sql", description = "Write the reconstructed scenario there.")
  Path out;

  @Option(names = "--format", paramLabel = "text|json", description = "Output format: text (default) or json.")
  String format = "text";

  @Option(names = "--programs", paramLabel = "FILE", description = "The transactions' SQL as programs (-- @program NAME ... -- @end) with ? or :named parameters, bound to the log's values and tried first.")
  Path programs;

  @Option(names = "--budget", paramLabel = "SECONDS", description = "Wall-time budget of the reconstruction search (default 20).")
  double budget = 20;

  @Option(names = "--fix", description = "When reproduced, run innosim fix on the reconstructed scenario: every candidate fix, proven or refuted by exhaustive exploration.")
  boolean fix;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) throw new Main.BadInput("innosim: --format must be text or json, not " + format);
    try {
      List<DeadlockLog> all = DeadlockLogParser.parse(log.toString(), Main.read(log));
      DeadlockLog chosen = DeadlockLogParser.pick(log.toString(), all, nth == null ? OptionalInt.empty() : OptionalInt.of(nth));
      LogSchema ddl = schema == null ? LogSchema.NONE : LogSchema.parse(schema.toString(), Main.read(schema));
      ServerProfile profile = server != null ? Main.profile(server).get() : ServerProfile.byName(chosen.server().profile()).orElseThrow();
      DecodedDeadlock d = DeadlockDecoder.decode(log.toString(), chosen, ddl);
      String rows = data == null ? "" : Main.read(data);
      if (budget <= 0) throw new Main.BadInput("innosim: --budget must be positive, not " + budget);
      if (out != null) refuseInput(out);
      Map<SessionId, List<EarlierStatements.Choice>> bound = programs == null ? Map.of()
          : Programs.bind(programs.toString(), Main.read(programs), d, ddl);
      Reconstruction.Outcome r = Reconstruction.run(d, ddl, rows, profile, log.getFileName().toString(), bound, (long) (budget * 1e9));
      if (out != null && r.scenario().isPresent()) write(out, r.scenario().get());
      java.util.Optional<dev.innosim.fix.FixReport> fixes = fix && r.reproduced() && r.scenario().isPresent()
          ? java.util.Optional.of(dev.innosim.fix.FixProver.prove(
              dev.innosim.scenario.Template.read(out != null ? out.toString() : "reconstructed.sql", r.scenario().get()),
              dev.innosim.explore.ExploreOptions.exhaustive().withProfile(java.util.Optional.of(profile))))
          : java.util.Optional.empty();
      if (format.equals("json")) {
        String diagnosis = DiagnosisJson.render(d, ddl, profile, all.size(), r.verdict(), r.scenario());
        main.out.println(fixes.isEmpty() ? diagnosis : "{\"diagnosis\": " + diagnosis.strip() + ", \"fix\": " + FixText.json(fixes.get()).strip() + "}");
      } else {
        main.out.print(DiagnosisText.render(d, ddl, profile, all.size()));
        main.out.print(r.text());
        if (out != null && r.scenario().isPresent()) main.out.println("scenario written to " + out);
        if (r.scenario().isPresent() && !r.scenario().get().isEmpty()) main.out.print("\n" + r.scenario().get());
        if (fixes.isPresent()) {
          main.out.print("\nfixes of the reconstructed scenario (innosim fix):\n" + FixText.text(fixes.get()));
        } else if (r.reproduced()) {
          main.out.println("\nnext: ./innosim fix " + (out != null ? out : "OUT.sql") + (out != null ? "" : "  (write it first with --out OUT.sql)")
              + ", or run diagnose again with --fix");
        }
      }
      main.out.flush();
      return r.reproduced() ? Main.EXIT_OK : Main.EXIT_DIFFERENCES;
    } catch (LogFormatException e) {
      throw new Main.BadInput(e.getMessage());
    }
  }

  /** {@code --out} never names an input of the command. */
  private void refuseInput(Path target) {
    for (Path in : new Path[] {log, schema, data, programs}) {
      if (in == null) continue;
      try {
        if (Files.exists(target) && Files.isSameFile(in, target)) throw new Main.BadInput("innosim: --out " + target + " is an input of the command; give another file");
      } catch (IOException e) {
        throw new Main.BadInput(target + ": " + e.getMessage());
      }
    }
  }

  private static void write(Path target, String text) {
    try {
      Files.writeString(target, text);
    } catch (IOException e) {
      throw new Main.BadInput(target + ": cannot write: " + e.getMessage());
    }
  }
}
