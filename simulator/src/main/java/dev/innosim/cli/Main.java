package dev.innosim.cli;

import dev.innosim.engine.EngineException;
import dev.innosim.profile.ServerProfile;
import dev.innosim.scenario.Scenario;
import dev.innosim.scenario.ScenarioCheck;
import dev.innosim.scenario.ScenarioException;
import dev.innosim.scenario.ScenarioParser;
import dev.innosim.scenario.ScenarioRunner;
import dev.innosim.sql.Texts;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code innosim} command line: the only place that prints or exits. Exit codes: 0 success,
 * 1 a check found differences, 2 bad input (one line {@code file:line: message}).
 */
@Command(name = "innosim", mixinStandardHelpOptions = true, version = "innosim 0.1.0",
    description = "Simulates InnoDB's lock manager: runs lock scenarios exactly as the server does.",
    subcommands = {Main.Run.class, Main.Check.class, ExploreCommand.class, LocksCommand.class, DeadlocksCommand.class, FixCommand.class,
        VerifyCommand.class, RecordCommand.class, DiagnoseCommand.class, PlanCommand.class})
public final class Main implements Callable<Integer> {
  static final int EXIT_OK = 0;
  static final int EXIT_DIFFERENCES = 1;
  static final int EXIT_BAD_INPUT = 2;
  /** Help of every command's --server option; ReportCommandsTest keeps it true to ServerProfile. */
  static final String SERVER_HELP =
      "Server profile: mysql-9.7, mysql-8.0, mysql-5.7 or mariadb-10.11; default: the file's @server, else mysql-9.7.";

  final PrintStream out;
  final PrintStream err;

  Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs the command line on standard output and error, always in UTF-8 whatever the platform's locale. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command line with injected streams; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Main main = new Main(out, err);
    CommandLine cl = new CommandLine(main);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof ScenarioException || ex instanceof BadInput) {
        err.println(ex.getMessage());
        return EXIT_BAD_INPUT;
      }
      throw ex;
    });
    cl.setParameterExceptionHandler((ex, a) -> {
      err.println("innosim: " + ex.getMessage());
      return EXIT_BAD_INPUT;
    });
    return cl.execute(args);
  }

  @Override
  public Integer call() {
    new CommandLine(this).usage(out);
    return EXIT_OK;
  }

  /** Bad input outside a scenario (missing file, unknown profile); the message is one line, cut when long. */
  static final class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInput(String m) { super(Texts.message(m)); }

    @Override public synchronized Throwable fillInStackTrace() { return this; }
  }

  static Optional<ServerProfile> profile(String name) {
    if (name == null) return Optional.empty();
    return Optional.of(ServerProfile.byName(name).orElseThrow(() -> new BadInput(
        "innosim: unknown server profile: " + name + " (known: "
            + String.join(", ", ServerProfile.all().stream().map(ServerProfile::name).toList()) + ")")));
  }

  /** The text of a scenario file, which must be UTF-8: an invalid byte is bad input naming its line and column. */
  static String read(Path p) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(p);
    } catch (NoSuchFileException e) {
      throw new BadInput(p + ": no such file");
    } catch (IOException e) {
      throw new BadInput(p + ": cannot read: " + e.getMessage());
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer chars = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = decoder.decode(in, chars, true);
    if (r.isError()) throw new BadInput(invalidUtf8(p, bytes, in.position()));
    decoder.flush(chars);
    return chars.flip().toString();
  }

  /** {@code file:line: invalid UTF-8 byte 0xE9 at column 7 ...} for the first bad byte at {@code offset}. */
  static String invalidUtf8(Path p, byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      byte b = bytes[i];
      if (b == '\n' || (b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
    int column = before.codePointCount(0, before.length()) + 1;
    return p + ":" + line + ": invalid UTF-8 byte 0x" + String.format(Locale.ROOT, "%02X", bytes[offset] & 0xff)
        + " at column " + column + " (scenario files are UTF-8; convert this one, e.g. iconv -f latin1 -t utf-8)";
  }

  /** Refuses an output file that is one of the inputs: no command overwrites an input. */
  static void refuseInputAsOutput(String option, Path output, List<Path> inputs) {
    for (Path in : inputs) {
      if (sameFile(output, in)) {
        throw new BadInput("innosim: " + option + " " + output + " is the input file " + in
            + "; give another path (no command overwrites an input)");
      }
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) return Files.isSameFile(a, b);
    } catch (IOException e) {
      // fall through to the path comparison
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  static Scenario parse(Path p, String text) {
    return ScenarioParser.parse(p.toString(), text);
  }

  static ScenarioRunner.Result runOne(Path p, String text, Optional<ServerProfile> profile) {
    return runOne(p, text, profile, false);
  }

  static ScenarioRunner.Result runOne(Path p, String text, Optional<ServerProfile> profile, boolean why) {
    Scenario sc = parse(p, text);
    try {
      return ScenarioRunner.run(sc, profile, why);
    } catch (EngineException e) {
      throw new BadInput(p + ": " + e.getMessage());
    }
  }

  @Command(name = "run", mixinStandardHelpOptions = true, description = "Run scenarios and print them annotated with outcomes and locks.")
  static final class Run implements Callable<Integer> {
    @CommandLine.ParentCommand Main main;

    @Option(names = "--server", paramLabel = "PROFILE", description = Main.SERVER_HELP)
    String server;

    @Option(names = "--why", description = "Explain every lock: the rule, step and statement that created it.")
    boolean why;

    @Option(names = "--html", paramLabel = "REPORT", description = "Also write a self-contained HTML report of the (one) FILE.")
    Path html;

    @Option(names = "--deadlock-report", description = "After each scenario, print its deadlocks as the server reports them, explained.")
    boolean deadlockReport;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files.")
    List<Path> files;

    @Override
    public Integer call() {
      Optional<ServerProfile> p = profile(server);
      if (html != null && files.size() != 1) throw new BadInput("innosim: --html takes exactly one scenario FILE");
      if (html != null) refuseInputAsOutput("--html", html, files);
      for (Path f : files) {
        if (html != null || deadlockReport) {
          Reports.runAndReport(main, f, p, why, html, deadlockReport);
          continue;
        }
        String text = read(f);
        main.out.print(runOne(f, text, p, why).annotated());
      }
      main.out.flush();
      return EXIT_OK;
    }
  }

  @Command(name = "check", mixinStandardHelpOptions = true, description = "Run scenarios and compare every outcome and lock line with the file; ends with 'N passed, M failed'.")
  static final class Check implements Callable<Integer> {
    @CommandLine.ParentCommand Main main;

    @Option(names = "--server", paramLabel = "PROFILE", description = Main.SERVER_HELP)
    String server;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Scenario files or folders (searched recursively for *.sql).")
    List<Path> paths;

    @Override
    public Integer call() {
      Optional<ServerProfile> p = profile(server);
      List<Path> files = new ArrayList<>();
      for (Path path : paths) files.addAll(scenarioFiles(path));
      int passed = 0;
      int failed = 0;
      for (Path f : files) {
        String verdict;
        try {
          String text = read(f);
          dev.innosim.scenario.Template t = dev.innosim.scenario.Template.read(f.toString(), text);
          if (!t.isPlain()) {
            Optional<String> problem = dev.innosim.explore.TemplateCheck.firstDifference(t, p);
            if (problem.isEmpty()) {
              passed++;
              continue;
            }
            failed++;
            main.out.println("FAIL " + problem.get());
            continue;
          }
          ScenarioRunner.Result r = runOne(f, text, p);
          Optional<ScenarioCheck.Difference> d = ScenarioCheck.firstDifference(r.scenario(), text, r.trace());
          if (d.isEmpty()) {
            passed++;
            continue;
          }
          verdict = "FAIL " + d.get().describe(f.toString());
        } catch (ScenarioException | BadInput e) {
          verdict = "FAIL " + e.getMessage();
        }
        failed++;
        main.out.println(verdict);
      }
      main.out.println(passed + " passed, " + failed + " failed");
      main.out.flush();
      return failed == 0 ? EXIT_OK : EXIT_DIFFERENCES;
    }
  }

  static List<Path> scenarioFiles(Path path) {
    if (Files.isDirectory(path)) {
      try (Stream<Path> s = Files.walk(path)) {
        return s.filter(x -> x.toString().endsWith(".sql") && Files.isRegularFile(x)).sorted().toList();
      } catch (IOException e) {
        throw new BadInput(path + ": cannot list: " + e.getMessage());
      }
    }
    if (!Files.exists(path)) throw new BadInput(path + ": no such file or directory");
    return List.of(path);
  }
}
