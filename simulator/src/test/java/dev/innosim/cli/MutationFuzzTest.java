package dev.innosim.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutants of the corpus files through every command, in-process: whatever the input,
 * the exit code is 0, 1 or 2, nothing prints an exception, no message line is over 1,000
 * characters and every error names {@code file:line:}. {@code -Dinnosim.fuzz.mutants=N}
 * (default 300) and {@code -Dinnosim.fuzz.seed=S} (default 16) choose the run
 * (docs/scenario-format.md, "Hostile input").
 */
class MutationFuzzTest {
  static final int MUTANTS = Integer.getInteger("innosim.fuzz.mutants", 300);
  static final long SEED = Long.getLong("innosim.fuzz.seed", 16);
  /** Longest time one command may take on one mutant. */
  static final long SECONDS_PER_RUN = Long.getLong("innosim.fuzz.timeout", 20);

  /** Pieces a mutation inserts: the characters the readers treat specially, and some that no reader expects. */
  static final String[] PIECES = {
      "(", ")", ";", "'", "\"", "`", "\\", "-- ", "#", "/*", "*/", "\n", "\r", "\r\n", "\uFEFF", "١", "é", "\u0000",
      "T1: ", "T9: ", "T0: ", "-- @locks", "-- @isolation:", "-- expect: ok", " NULL ", " 18446744073709551616 ",
      " 2147483648 ", " -0 ", " 1e400 ", "9".repeat(70), "(".repeat(30), ")".repeat(30), " IN () ", " LIMIT 1 ",
      " FOR UPDATE", " WHERE ", " AND ", " OR ", " COLLATE utf8mb4_bin ", "x".repeat(2000), " ,", "\t"};

  static final Pattern NUMBER = Pattern.compile("\\d+");

  @TempDir Path dir;

  record Outcome(int exit, String out, String err) {}

  @Test
  void everyCommand_onCorpusMutants_exitsCleanlyWithOneLineErrors() throws Exception {
    List<Path> corpus;
    try (Stream<Path> s = Files.walk(Path.of("../scenarios"))) {
      corpus = s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    }
    Random rnd = new Random(SEED);
    List<String> failures = new ArrayList<>();
    ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "fuzz");
      t.setDaemon(true);
      return t;
    });
    try {
      for (int m = 0; m < MUTANTS && failures.size() < 50; m++) {
        Path source = corpus.get(rnd.nextInt(corpus.size()));
        String text = mutate(Files.readString(source, StandardCharsets.UTF_8), rnd);
        Path f = dir.resolve("m" + m + ".sql");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (rnd.nextInt(20) == 0 && bytes.length > 0) bytes[rnd.nextInt(bytes.length)] = (byte) (0x80 + rnd.nextInt(0x80));
        Files.write(f, bytes);
        String[] args = command(m, f);
        Future<Outcome> run = pool.submit(() -> run(args));
        Outcome o;
        try {
          o = run.get(SECONDS_PER_RUN, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          failures.add(describe(m, source, args) + ": no answer within " + SECONDS_PER_RUN + " s");
          break;  // the stuck run keeps the only worker
        }
        String problem = problem(o, f);
        if (problem != null) {
          failures.add(describe(m, source, args) + ": " + problem);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(failures.isEmpty(), failures.size() + " failing mutants (seed " + SEED + "):\n" + String.join("\n", failures));
  }

  private static String describe(int m, Path source, String[] args) {
    return "mutant " + m + " of " + source + " (" + String.join(" ", args) + ")";
  }

  /** One of the commands, in turn: run, check, explore, locks, deadlocks, run --why, run --html. */
  private String[] command(int m, Path f) {
    String file = f.toString();
    switch (m % 7) {
      case 0: return new String[] {"run", file};
      case 1: return new String[] {"check", file};
      case 2: return new String[] {"explore", "--max-states", "2000", file};
      case 3: return new String[] {"locks", file};
      case 4: return new String[] {"deadlocks", file};
      case 5: return new String[] {"run", "--why", file};
      default: return new String[] {"run", "--html", dir.resolve("r" + m + ".html").toString(), file};
    }
  }

  static Outcome run(String[] args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** What is wrong with one run's outcome, or null. */
  static String problem(Outcome o, Path f) {
    if (o.exit() < 0 || o.exit() > 2) return "exit " + o.exit();
    for (String text : List.of(o.out(), o.err())) {
      if (text.contains("Exception") || text.contains("at dev.innosim") || text.contains("\tat ")) {
        return "exception text: " + firstLines(text);
      }
    }
    for (String line : o.err().split("\n", -1)) {
      if (line.length() > 1000) return "message line of " + line.length() + " characters: " + line.substring(0, 200);
    }
    for (String line : o.out().split("\n", -1)) {
      if (line.startsWith("FAIL ") && !line.startsWith("FAIL " + f + ":")) return "check verdict without file:line: " + line;
    }
    if (o.exit() == 2) {
      String first = o.err().lines().findFirst().orElse("");
      boolean withLine = first.startsWith(f + ":") && Character.isDigit(first.charAt(f.toString().length() + 1));
      if (!withLine && !wholeFileMessage(first, f)) return "error without file:line: " + first;
    }
    return null;
  }

  /** Messages about the file as a whole, which have no line to name. */
  static boolean wholeFileMessage(String line, Path f) {
    return line.startsWith(f + ": empty scenario") || line.startsWith(f + ": no steps")
        || line.matches(Pattern.quote(f.toString()) + ": the \\S+ deadlock report layout is not implemented yet");
  }

  private static String firstLines(String s) {
    return s.lines().limit(3).reduce((a, b) -> a + " | " + b).orElse("").replaceAll("(.{300}).*", "$1...");
  }

  /** One to three random edits of the file text. */
  static String mutate(String text, Random rnd) {
    String t = text;
    int edits = 1 + rnd.nextInt(3);
    for (int e = 0; e < edits; e++) t = mutateOnce(t, rnd);
    return t;
  }

  private static String mutateOnce(String t, Random rnd) {
    int n = t.length();
    int at = n == 0 ? 0 : rnd.nextInt(n);
    List<String> lines = new ArrayList<>(List.of(t.split("\n", -1)));
    int line = rnd.nextInt(lines.size());
    switch (rnd.nextInt(9)) {
      case 0:  // insert a piece
        return t.substring(0, at) + PIECES[rnd.nextInt(PIECES.length)] + t.substring(at);
      case 1:  // delete a few characters
        return n == 0 ? t : t.substring(0, at) + t.substring(Math.min(n, at + 1 + rnd.nextInt(8)));
      case 2:  // delete a line
        lines.remove(line);
        return String.join("\n", lines);
      case 3:  // duplicate a line
        lines.add(line, lines.get(line));
        return String.join("\n", lines);
      case 4: {  // swap two lines
        int other = rnd.nextInt(lines.size());
        String a = lines.get(line);
        lines.set(line, lines.get(other));
        lines.set(other, a);
        return String.join("\n", lines);
      }
      case 5: {  // change a number
        java.util.regex.Matcher m = NUMBER.matcher(t);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) spans.add(new int[] {m.start(), m.end()});
        if (spans.isEmpty()) return t;
        int[] s = spans.get(rnd.nextInt(spans.size()));
        String[] numbers = {"0", "-1", "2147483648", "9223372036854775808", "18446744073709551616", "99999999999", "3", "1.5"};
        return t.substring(0, s[0]) + numbers[rnd.nextInt(numbers.length)] + t.substring(s[1]);
      }
      case 6:  // cut the file short
        return t.substring(0, at);
      case 7:  // drop a semicolon
        int semi = t.indexOf(';', at);
        return semi < 0 ? t : t.substring(0, semi) + t.substring(semi + 1);
      default:  // change the case of a stretch
        int end = Math.min(n, at + 10);
        return t.substring(0, at) + t.substring(at, end).toUpperCase(java.util.Locale.ROOT) + t.substring(end);
    }
  }
}
