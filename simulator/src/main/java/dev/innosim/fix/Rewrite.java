package dev.innosim.fix;

/** What a candidate's rewrite rule made of one program: the fixed program, or why the rule does not apply; immutable. */
sealed interface Rewrite permits Rewrite.Applied, Rewrite.NotApplicable {
  /** The rule changed the program. */
  record Applied(Program fixed) implements Rewrite {}

  /** The rule does not apply, and why (one sentence). */
  record NotApplicable(String why) implements Rewrite {}

  /** A rule: a program in, a rewrite out. */
  @FunctionalInterface
  interface Rule {
    Rewrite apply(Program p);
  }
}
