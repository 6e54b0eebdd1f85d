package dev.innosim.cli;

import dev.innosim.log.DeadlockDecoder;
import dev.innosim.log.DeadlockLog;
import dev.innosim.log.DeadlockLogParser;
import dev.innosim.log.DecodedDeadlock;
import dev.innosim.log.DiagnosisJson;
import dev.innosim.log.DiagnosisText;
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
      Reconstruction.Outcome r = Reconstruction.run(d, ddl, rows, profile, out, log);
      if (format.equals("json")) {
        main.out.println(DiagnosisJson.render(d, ddl, profile, all.size(), r.verdict(), r.scenario()));
      } else {
        main.out.print(DiagnosisText.render(d, ddl, profile, all.size()));
        main.out.print(r.text());
      }
      main.out.flush();
      return r.reproduced() ? Main.EXIT_OK : Main.EXIT_DIFFERENCES;
    } catch (LogFormatException e) {
      throw new Main.BadInput(e.getMessage());
    }
  }
}
