package dev.innosim.log;

import dev.innosim.mysql.SessionId;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reconstruction searches: the isolation levels (the printed one, else REPEATABLE READ then
 * READ COMMITTED), the rows and their sibling variants, and per member the choices of earlier
 * statements and the ways to run its shown statement; one candidate is one pick of each, and its
 * cost (the statements and rows it adds) orders the search, so the first match is a shortest
 * scenario. Immutable.
 */
public record SearchSpace(List<String> levels, DraftRows rows, List<Member> members) {
  public SearchSpace {
    levels = List.copyOf(levels);
    members = List.copyOf(members);
  }

  /**
   * One member's choices: earlier statements (the user's programs first, when given) and
   * shown-statement variants; {@code fromPrograms} leading earlier choices come from the programs.
   */
  public record Member(SessionId session, List<EarlierStatements.Choice> earlier, List<ShownStatement.Variant> shown, int fromPrograms) {
    public Member {
      earlier = List.copyOf(earlier);
      shown = List.copyOf(shown);
    }

    /** This member with {@code first} (the programs' choices) searched before the rule-suggested ones. */
    public Member withFirst(List<EarlierStatements.Choice> first) {
      List<EarlierStatements.Choice> all = new ArrayList<>();
      for (EarlierStatements.Choice c : first) if (all.stream().noneMatch(x -> x.sql().equals(c.sql()))) all.add(c);
      int n = all.size();
      for (EarlierStatements.Choice c : earlier) if (all.stream().noneMatch(x -> x.sql().equals(c.sql()))) all.add(c);
      return new Member(session, all, shown, n);
    }
  }

  /** The search space of a decoded deadlock with its schema. */
  public static SearchSpace of(DecodedDeadlock d, LogSchema schema) {
    List<String> levels = d.transactions().stream().anyMatch(t -> t.logged().isolation().isPresent())
        ? List.of(d.transactions().stream().flatMap(t -> t.logged().isolation().stream()).findFirst().get().sqlName())
        : List.of("REPEATABLE READ", "READ COMMITTED");
    DraftRows rows = DraftRows.of(d, schema);
    List<Member> members = new ArrayList<>();
    for (DecodedTransaction t : d.transactions()) {
      List<ShownStatement.Variant> shown = ShownStatement.variants(d, t, schema);
      members.add(new Member(t.session(), EarlierStatements.of(d, t, schema, rows), shown, 0));
    }
    return new SearchSpace(levels, rows, members);
  }

  /** This space with the members replaced. */
  public SearchSpace withMembers(List<Member> ms) {
    return new SearchSpace(levels, rows, ms);
  }

  /** The sibling counts to try for the merge targets (0 to 2 each), fewest rows first. */
  public List<List<Integer>> siblingVariants() {
    List<List<Integer>> out = new ArrayList<>();
    int n = rows.mergeCount();
    int total = 1;
    for (int i = 0; i < n; i++) total *= 3;
    for (int code = 0; code < total; code++) {
      List<Integer> v = new ArrayList<>();
      int c = code;
      for (int i = 0; i < n; i++) {
        v.add(c % 3);
        c /= 3;
      }
      out.add(v);
    }
    out.sort((a, b) -> Integer.compare(a.stream().mapToInt(Integer::intValue).sum(), b.stream().mapToInt(Integer::intValue).sum()));
    return out;
  }
}
