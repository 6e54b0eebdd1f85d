package dev.innosim.mysql;

/**
 * A client session of a scenario, {@code T1}, {@code T2}, ...; session 0 runs the setup. Ordered
 * by number (T2 before T10); immutable.
 */
public record SessionId(int number) implements Comparable<SessionId> {
  /** The setup session. */
  public static final SessionId SETUP = new SessionId(0);

  public SessionId {
    if (number < 0) throw new IllegalArgumentException("session number " + number);
  }

  public static SessionId of(int number) { return new SessionId(number); }

  /** {@code T2} to session 2. */
  public static SessionId parse(String name) {
    if (name.length() < 2 || (name.charAt(0) != 'T' && name.charAt(0) != 't')) {
      throw new IllegalArgumentException("not a session name: " + name);
    }
    return new SessionId(Integer.parseInt(name.substring(1)));
  }

  /** {@code T2}. */
  public String name() { return "T" + number; }

  @Override public int compareTo(SessionId o) { return Integer.compare(number, o.number); }

  @Override public String toString() { return name(); }
}
