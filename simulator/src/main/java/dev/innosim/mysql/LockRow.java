package dev.innosim.mysql;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One lock of one transaction, with the columns of {@code performance_schema.data_locks} that a
 * scenario compares (owner, type, table, index, mode, status, data) plus the record's delete
 * mark; immutable. Its {@link #text()} is the scenario format's lock line,
 * {@code T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)}.
 */
public record LockRow(SessionId session, Status status, LockRef lock) {

  /** {@code LOCK_STATUS}: granted or waiting. */
  public enum Status {
    GRANTED("holds"), WAITING("waits");

    private final String word;

    Status(String word) { this.word = word; }

    /** {@code holds} or {@code waits}, as in a lock line. */
    public String word() { return word; }
  }

  /** The line in the scenario format: {@code T1 holds  RECORD t.PRIMARY X (20)}. */
  public String text() {
    return session.name() + " " + status.word() + "  " + lock.text();
  }

  @Override public String toString() { return text(); }

  private static final Pattern LINE = Pattern.compile("(T[0-9]{1,4}) (holds|waits)  (.+)");

  /** Reads a lock line; empty if it is not one. */
  public static Optional<LockRow> parse(String line) {
    Matcher m = LINE.matcher(line.strip());
    if (!m.matches()) return Optional.empty();
    Optional<LockRef> ref = LockRef.parse(m.group(3));
    if (ref.isEmpty()) return Optional.empty();
    return Optional.of(new LockRow(SessionId.parse(m.group(1)),
        m.group(2).equals("holds") ? Status.GRANTED : Status.WAITING, ref.get()));
  }
}
