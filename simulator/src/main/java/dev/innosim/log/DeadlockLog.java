package dev.innosim.log;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One deadlock read from a log: its transactions in the report's order, the victim number as
 * printed and the server inferred from the text's shape; immutable.
 *
 * @param ordinal       1 for the first deadlock of the file, 2 for the next, ...
 * @param line          the 1-based line where the deadlock starts
 * @param timestamp     the report's timestamp line, if printed
 * @param tooDeep       the {@code TOO DEEP OR LONG SEARCH} variant: the search gave up, the cycle is not shown
 * @param printedVictim the number in {@code WE ROLL BACK TRANSACTION (n)}, if printed
 */
public record DeadlockLog(int ordinal, int line, Optional<String> timestamp, ServerKind server, boolean tooDeep,
                          List<LoggedTransaction> transactions, OptionalInt printedVictim) {
  public DeadlockLog {
    transactions = List.copyOf(transactions);
  }

  /** The transaction with that report number. */
  public Optional<LoggedTransaction> transaction(int number) {
    return transactions.stream().filter(t -> t.number() == number).findFirst();
  }

  /** The report's number of the transaction with that id, if it is a member. */
  public OptionalInt numberOf(long trxId) {
    for (LoggedTransaction t : transactions) if (t.trxId() == trxId) return OptionalInt.of(t.number());
    return OptionalInt.empty();
  }

  /** One sentence on how far the printed victim can be believed. */
  public String victimNote() {
    if (printedVictim.isEmpty()) return "the report names no victim";
    String n = "(" + printedVictim.getAsInt() + ")";
    if (!server.victimLineTrusted()) {
      return "the report says it rolled back " + n + ", but MariaDB 10.6+ (10.11.18, 10.11.19) may print the survivor's number there: "
          + "believe only the session that got error 1213";
    }
    return "the report rolled back " + n;
  }
}
