package dev.innosim.fix;

import java.util.List;

/**
 * What {@code fix} found for one file: the original's exploration verdict and every candidate,
 * ranked (proven and behaviour-preserving first, then smallest change); immutable.
 *
 * @param file            the input file
 * @param profile         the server profile explored
 * @param original        the original's verdict line ({@code deadlock possible}, ...)
 * @param originalDeadlocks whether some schedule of the original deadlocks (else there is nothing to fix)
 * @param fixes           the candidates, ranked; empty when the original cannot deadlock
 */
public record FixReport(String file, String profile, String original, boolean originalDeadlocks, List<FixResult> fixes) {
  public FixReport { fixes = List.copyOf(fixes); }

  /** The fixes proven deadlock-free, in rank order. */
  public List<FixResult> proven() {
    return fixes.stream().filter(f -> f.verdict().proven()).toList();
  }
}
