package dev.innosim.log;

import dev.innosim.mysql.SessionId;
import java.util.List;
import java.util.Optional;

/** One transaction of the log with its locks decoded; report number (n) is session Tn; immutable. */
public record DecodedTransaction(LoggedTransaction logged, SessionId session, List<DecodedLock> holds,
                                 Optional<DecodedLock> waits, List<DecodedLock> conflicting) {
  public DecodedTransaction {
    holds = List.copyOf(holds);
    conflicting = List.copyOf(conflicting);
  }
}
