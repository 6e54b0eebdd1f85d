package dev.innosim.server;

import dev.innosim.mysql.LockRef;
import dev.innosim.mysql.LockRow;
import dev.innosim.mysql.SessionId;
import java.util.ArrayList;
import java.util.List;

/**
 * A deadlock the server detected: the victim and each member of the cycle with the lock it waited
 * for and the other transactions' locks on that record that it waited behind; members sorted by
 * session; immutable.
 */
public record DeadlockEvent(SessionId victim, List<Member> members) {
  public DeadlockEvent {
    members = List.copyOf(members);
  }

  /** One transaction of the cycle. */
  public record Member(SessionId session, LockRef waits, List<LockRow> behind) {
    public Member {
      behind = List.copyOf(behind);
    }
  }

  /** The sessions of the cycle, sorted. */
  public List<SessionId> sessions() {
    return members.stream().map(Member::session).toList();
  }

  /** The block's lines without their {@code -- } prefix, as the scenario format writes them. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    out.add("deadlock: victim " + victim.name());
    for (Member m : members) {
      out.add("  " + m.session().name() + " waits  " + m.waits().text());
      for (LockRow b : m.behind()) out.add("    behind " + b.text());
    }
    return out;
  }
}
