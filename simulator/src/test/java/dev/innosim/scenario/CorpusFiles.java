package dev.innosim.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test helper: tells the corpus's plain scenarios from its templates (parameters, programs, a stated verdict). */
public final class CorpusFiles {
  private CorpusFiles() {}

  /** The plain scenarios under {@code root} (every {@code .sql} that is not a template), sorted. */
  public static List<Path> plainScenarios(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(x -> x.toString().endsWith(".sql") && !isTemplate(x)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the file is a template, which {@code explore} and {@code check} read and a plain run does not. */
  public static boolean isTemplate(Path p) {
    try {
      return !Template.read(p.toString(), Files.readString(p, StandardCharsets.UTF_8)).isPlain();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ScenarioException e) {
      return false;
    }
  }
}
